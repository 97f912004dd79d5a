"""保管与处置 (preservation and disposal), art. 11 of 国办发〔2023〕26号.

* :mod:`.backup` / :mod:`.restore` — verified full/incremental backups (optionally SM4-encrypted)
  and restores that prove themselves complete; :mod:`.backupset` is the on-disk format.
* :mod:`.fixity` / :mod:`.repair` — the daily check (BC items) and repair from a verified backup.
* :mod:`.schedule` — ``due_checks(archive)`` for the dashboard.
* :mod:`.convert` / :mod:`.archive_migration` — format conversion with migration events; whole-archive move.
* :mod:`.appraisal` / :mod:`.destruction` — expiry and opening appraisal; two-person destruction.
* :mod:`.carriers` — the carrier register and the DA/T 38 two-year check reminder.
"""
