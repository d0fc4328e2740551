"""The cyclic garbage collector paused while the command starts up.

Start-up (importing the command's modules, reading the shipped data, instantiating the
packs) creates some hundred thousand objects that live for the whole run and almost no
cyclic garbage; the collector still scans them again and again as they pile up (some
fifteen milliseconds of a cold ``compliance check``). :func:`pause` turns it off when the
command line is entered; :func:`resume` turns it back on where a command's own work
begins (before the contracts of a batch, or as soon as a command other than ``check`` has
been looked up), so that a long run collects as usual; what start-up made is frozen
(:func:`gc.freeze`) first, so that it is not scanned then either. A collector turned off by
whoever embeds the package is left off.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the collector off until :func:`resume` (if it is on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Turn the collector back on if :func:`pause` turned it off (else do nothing)."""
    global _paused
    if _paused:
        _paused = False
        # What start-up made lives for the whole run: moved out of the collector's scans
        # (without scanning it), else the first collection would walk all of it.
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """Whether :func:`pause` has the collector off."""
    return _paused
