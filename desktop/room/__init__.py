"""The room joins from phones (issue 22): a small web page served from the facilitator's
laptop while the room is open, and the notes participants send from it.

Qt-free. Nothing here is imported at start-up or in a session that does not open the room:
the window imports `desktop.room.server` only when the facilitator opens it.
"""
