"""收集: reading case packages (folder, zip, CSV batch) safely and storing them atomically.

Service entry point: :func:`desktop_app.core.intake.service.import_paths`.
"""
