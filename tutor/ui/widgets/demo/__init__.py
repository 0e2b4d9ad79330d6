"""Widgets of ``/demo``: the live demo card and one view per kind of demo visual.

``pictures`` turns digits and grid worlds into Rich text (half blocks, coloured cells),
``views`` wraps each visual kind in a widget that can be updated in place as training goes on,
``card`` is the card that stays in the conversation.
"""
