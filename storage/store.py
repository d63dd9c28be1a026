"""One object that hands the UI, the CLI and the reports every repository of an open vault."""
from __future__ import annotations

from .repos.appointments import AppointmentRepository
from .repos.audit_view import AuditRepository
from .repos.cases import CaseRepository
from .repos.clients import ClientRepository
from .repos.followups import FollowUpRepository
from .repos.plans import PlanRepository
from .repos.programs import ProgramRepository
from .repos.referrals import ReferralRepository
from .repos.retention import RetentionRepository
from .repos.screenings import ScreeningRepository
from .repos.sessions import SessionRepository
from .repos.settings import SettingsRepository
from .repos.sites import SiteRepository
from .repos.staff import StaffRepository
from .repos.surveys import SurveyRepository
from .vault import Vault


class Store:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.sites = SiteRepository(vault)
        self.staff = StaffRepository(vault)
        self.clients = ClientRepository(vault)
        self.cases = CaseRepository(vault)
        self.appointments = AppointmentRepository(vault)
        self.sessions = SessionRepository(vault)
        self.screenings = ScreeningRepository(vault)
        self.followups = FollowUpRepository(vault)
        self.programs = ProgramRepository(vault)
        self.referrals = ReferralRepository(vault)
        self.surveys = SurveyRepository(vault)
        self.plans = PlanRepository(vault)
        self.settings = SettingsRepository(vault)
        self.audit = AuditRepository(vault)
        self.retention = RetentionRepository(vault)

    @property
    def actor(self):
        return self.vault.actor

    def close(self) -> None:
        self.vault.close()
