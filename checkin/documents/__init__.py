"""Every document the core writes for an event: badges, the attendance export, room lists.

One atomic write (:mod:`.files`), one font loader (:mod:`.fonts`) and one
catalogue of document words in Dutch and English (:mod:`.words`), chosen by
the event's language, serve them all. See docs/badges.md for the badge design
and the event language.
"""
