"""Reading documents into suggested claims, and finding which documents are one story."""
