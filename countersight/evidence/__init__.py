"""Evidence: claims, the values they carry, facts derived from them, verification and audit."""
