# Accuracy floors checked by `make test` (eval-gate). They only ever go up:
# raise one when a measured score is above it; never lower one to pass.
SEEDS_EVENT_F1 = 0.0
SEEDS_REGISTRATION_F1 = 0.0
FIXTURES_EVENT_F1 = 0.0
FIXTURES_REGISTRATION_F1 = 0.0
DEV_EVENT_F1 = 0.0
DEV_REGISTRATION_F1 = 0.0
