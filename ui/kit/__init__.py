"""The UI's shared kit: what every screen needs, written once (docs/ui-kit.md).

- ``style``: colours (verdicts, colour-blind-safe pairs, exit mode), font sizes and
  the few style sheets built from them;
- ``text.fill``: numbered places in translated strings, filled in one pass;
- ``form.FormDialog``: the one small non-blocking form, whose validity a core function
  decides (every PIN prompt and door dialog is one);
- ``placing``: where a window goes: wholly on the screen, beside the verdict when there
  is room (the door's windows, the main window's size);
- ``pin_field.PinField``: the one PIN field;
- ``context.Context``: the store, settings, background tasks and store worker a page
  gets through its constructor.

The submodules are imported by name (``from .kit.text import fill``); this package
imports none of them, so that ``ui/errors.py`` can use the kit and the kit ``errors``.
"""
