# Accuracy floors checked by `make test` (eval-gate). They only ever go up:
# raise one when a measured score is above it; never lower one to pass.
# Last measured 2026-11-26: seeds event 1.000 / registration 1.000;
# fixtures event 0.926 / registration 1.000; dev event 0.737 / registration 1.000.
SEEDS_EVENT_F1 = 1.0
SEEDS_REGISTRATION_F1 = 1.0
FIXTURES_EVENT_F1 = 0.95
FIXTURES_REGISTRATION_F1 = 1.0
DEV_EVENT_F1 = 0.73
DEV_REGISTRATION_F1 = 1.0
# Fixtures/blind (30 articles written without reading the extractor). First and only blind run
# (2026-11-26): event F1 0.460, registration F1 0.937. Rules were then changed while looking at
# its misses, so it is in-sample now: measured 2026-11-26 after those changes at event 0.761 /
# registration 1.000.
BLIND_EVENT_F1 = 0.77
BLIND_REGISTRATION_F1 = 1.0
# Registration mentions in Fixtures/identifiers/{sentences,blind}.tsv (issue 3: precision >= 0.99,
# recall >= 0.97). blind.tsv was written without reading the extractor; its first run scored
# registrations 0.989 / 0.931, hex 0.900 / 0.818, callsigns 1.000 / 0.947 (2026-11-26), now 1.0 / 1.0.
IDENTIFIERS_PRECISION = 0.99
IDENTIFIERS_RECALL = 0.97
# Date and time expressions (Fixtures/dates/dates.tsv, `tailwatch eval-dates`): issue 4 asks
# for at least 0.97; last measured 2026-11-26 at 0.996 (236 of 237; the miss is a Hijri date
# the tabular conversion puts one day after Umm al-Qura).
DATES_ACCURACY = 0.99
# Real passages by other writers (../shared/real, issue 13): train/ is read, check/ only scored.
# First run 2026-12-05 (commit ce68ec7's extractor): train event 0.247 / registration 0.884 /
# date 0.326; check event 0.187 / registration 0.958 / date 0.526. These floors only rise.
# After the identifier forms (2026-12-05, 231cdc2): train event 0.290 / registration 0.975 / date 0.426.
# After the staged assembly and its event forms (2026-12-05, ac22d68): train event 0.405 / 0.975 / 0.518;
# check event 0.184 / registration 0.958 / date 0.579 (Fixtures/real-check-log.tsv).
# With eval crediting identical files (scale merge, 2026-12-05): train 0.429 / 0.988 / 0.553.
# Session of 2026-12-05 evening (a5e3b8f): train 0.590 / 0.994 / 0.667; check 0.240 / 0.958 / 0.615.
# End of the evening session (f837eab): train 0.639 / 0.994 / 0.731; check 0.243 / 0.958 / 0.615.
# Morning session of 2026-12-06 (extractor 8): train 0.694 / 1.000 / 0.791; check 0.293 / 0.972 / 0.579.
# The check date floor moved from 0.61 to 0.57 with a change of measure, not of extraction: eval
# now follows ANNOTATION-GUIDE §5 ("a null date accepts any predicted date"), so a date predicted
# against a gold line with no date is neither right nor wrong. Before, such a prediction that hit
# the line's date_alt counted as right while the line did not count in the date gold. The same
# extractor (f5608db) scores check dates 0.615 under the old eval and 0.579 under the new one;
# train's date figure is 0.791 under both.
REAL_TRAIN_EVENT_F1 = 0.69
REAL_TRAIN_REGISTRATION_F1 = 1.0
REAL_TRAIN_DATE_F1 = 0.79
REAL_CHECK_EVENT_F1 = 0.29
REAL_CHECK_REGISTRATION_F1 = 0.97
REAL_CHECK_DATE_F1 = 0.57
