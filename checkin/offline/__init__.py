"""Doors that keep scanning when the server cannot be reached, and still keep the cap.

``shares`` is the protocol on its own (pure); ``server`` applies it inside the
store's transactions; ``replica`` is the door's own SQLite copy and journal;
``door`` is the offline-capable door around the door service; ``sync`` sends a
journal back. See docs/offline.md.
"""
