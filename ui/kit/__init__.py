"""The UI's shared kit: what every screen needs, written once (docs/ui-kit.md).

- ``style``: colours (verdicts, colour-blind-safe pairs, exit mode), font sizes and
  the few style sheets built from them;
- ``text.fill``: numbered places in translated strings, filled in one pass;
- ``form.FormDialog``: a small non-blocking form whose validity a core function decides;
- ``context.Context``: the store, settings, background tasks and store worker a page
  gets through its constructor.

The submodules are imported by name (``from .kit.text import fill``); this package
imports none of them, so that ``ui/errors.py`` can use the kit and the kit ``errors``.
"""
