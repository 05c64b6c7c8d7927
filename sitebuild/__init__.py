"""Pure build logic for the knowledge base: load, validate and render. No MkDocs objects in here."""
