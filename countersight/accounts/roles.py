"""The four roles, each allowed everything the ones below it are."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """public (anonymous, read-only) < contributor < reviewer < admin."""

    public = "public"
    contributor = "contributor"
    reviewer = "reviewer"
    admin = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        """Whether someone with this role may do what `needed` may."""
        return self.rank >= needed.rank


# An account always has a role above public: the public needs no account.
ACCOUNT_ROLES = (Role.contributor, Role.reviewer, Role.admin)
