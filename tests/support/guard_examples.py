"""Replies the guard is known to treat a given way, shared by the server's and the desk's tests of
held-for-review, so that when a guard round changes its mind the example changes in one place."""

# A genuine reply that talks about a code in the shape a code ask takes: the classifier holds it for
# the agent's review (``asks_otp_code``), the rules do not refuse it. Earlier examples moved on as
# the guard learnt: round 11 refuses "…then copy it here." outright, and round 12 lets "the last 4
# digits of your withdrawal address" through (part of a public id).
HELD_REPLY = (
    "To confirm it's you, I'll send a verification request to your registered email. "
    'Just click "Yes, it\'s me" in that email, there\'s no code to tell me.'
)
