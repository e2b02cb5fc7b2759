"""Who may write to the atlas: accounts, roles, passwords, sessions, API tokens, login limits."""
