"""One object that hands the UI, the CLI and the reports every repository of an open vault."""
from __future__ import annotations

from .repos.access_review import AccessReviewRepository
from .repos.appointments import AppointmentRepository
from .repos.audit_view import AuditRepository
from .repos.cases import CaseRepository
from .repos.clients import ClientRepository
from .repos.emergency_access import EmergencyAccessRepository
from .repos.followups import FollowUpRepository
from .repos.group_notes import GroupNoteRepository
from .repos.plans import PlanRepository
from .repos.programs import ProgramRepository
from .repos.referrals import ReferralRepository
from .repos.retention import RetentionRepository
from .repos.screenings import ScreeningRepository
from .repos.sessions import SessionRepository
from .repos.settings import SettingsRepository
from .repos.sites import SiteRepository
from .repos.staff import StaffRepository
from .repos.supervision import SupervisionRepository
from .repos.surveys import SurveyRepository
from .repos.waitlist import WaitlistRepository
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
        self.group_notes = GroupNoteRepository(vault)
        self.referrals = ReferralRepository(vault)
        self.surveys = SurveyRepository(vault)
        self.supervision = SupervisionRepository(vault)
        self.waitlist = WaitlistRepository(vault)
        self.plans = PlanRepository(vault)
        self.settings = SettingsRepository(vault)
        self.audit = AuditRepository(vault)
        self.emergency = EmergencyAccessRepository(vault)
        self.access_review = AccessReviewRepository(vault)
        self.retention = RetentionRepository(vault)

    @property
    def actor(self):
        return self.vault.actor

    def close(self) -> None:
        self.vault.close()
