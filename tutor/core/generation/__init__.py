"""The parts behind ``tutor.core.generate`` (the public API lives there).

How the pieces fit, top to bottom:

- ``errors``    the two exceptions the UI and CLI catch (bad options, no model).
- ``options``   sampling options and their validation (clear messages, never a traceback).
- ``sampling``  logits -> probabilities (temperature, top-k, top-p) -> the next token.
- ``llama``     SmolLM2's forward pass in plain torch, with a key/value cache.
- ``smollm``    find the GGUF in its package, convert it once to a verified safetensors cache, load it.
- ``backends``  one small interface over "a model that gives next-token logits" (SmolLM2, tiny GPT).
- ``detok``     turns a growing list of token ids into text pieces that are safe to print.
- ``prompts``   the prompt that asks the model to answer from retrieved passages.
"""
