"""tutor.core and tutor.demos never import Textual: the CLI, the tests and any other front end
must be able to use them without the TUI. Each module is imported in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import tutor.core
import tutor.demos


def _modules(package) -> list[str]:
    names = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
    return names


@pytest.mark.parametrize("module", _modules(tutor.core) + _modules(tutor.demos))
def test_module_does_not_import_textual(module: str) -> None:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "", f"{module} pulled in {out.stdout.strip()}"


def _imports_of(path, module: str, known: set[str]) -> set[str]:
    """The tutor modules ``path`` imports anywhere (top level or inside functions: a lazy
    import still ties the two modules together), except under ``if TYPE_CHECKING:``."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()

    def walk(node: ast.AST):
        for child in ast.iter_child_nodes(node):
            test = child.test if isinstance(child, ast.If) else None
            if test is not None and "TYPE_CHECKING" in ast.unparse(test):
                yield from (walk_node for n in child.orelse for walk_node in [n, *walk(n)])
                continue
            yield child
            yield from walk(child)

    for node in walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            if name in known and name != module:
                found.add(name)
    return found


def _import_graph() -> dict[str, set[str]]:
    """Every module of ``tutor`` and the tutor modules it imports (its own package left out:
    importing ``tutor.cli.plain`` runs ``tutor.cli`` first whatever either says)."""
    from pathlib import Path

    root = Path(tutor.core.__file__).resolve().parents[1]
    files = {
        ".".join(p.relative_to(root.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in root.rglob("*.py")
    }
    known = set(files)
    return {m: _imports_of(p, m, known) - {m.rsplit(".", 1)[0]} for m, p in files.items()}


def test_no_import_cycles_anywhere_in_tutor() -> None:
    """No two modules of ``tutor`` (core, demos, the CLI and the UI alike) import each other,
    directly or through others, even lazily inside a function: import loops make the start-up
    order fragile and hide what depends on what. A widget that needs a handler posts a
    message for the app to route instead (see ``QuestionCard.SectionRequested``)."""
    import graphlib

    try:
        tuple(graphlib.TopologicalSorter(_import_graph()).static_order())
    except graphlib.CycleError as error:
        pytest.fail(f"import loop: {' -> '.join(error.args[1])}")


def test_the_loop_finder_sees_lazy_and_relative_imports(tmp_path) -> None:
    """The check above can fail: a loop made only of an import inside a function, and one
    through a relative import, are both found."""
    import graphlib

    (tmp_path / "a.py").write_text("def f():\n    from pkg.b import g\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from . import a\n", encoding="utf-8")
    known = {"pkg.a", "pkg.b"}
    graph = {m: _imports_of(tmp_path / f"{m[-1]}.py", m, known) for m in known}
    assert graph == {"pkg.a": {"pkg.b"}, "pkg.b": {"pkg.a"}}
    with pytest.raises(graphlib.CycleError):
        tuple(graphlib.TopologicalSorter(graph).static_order())
