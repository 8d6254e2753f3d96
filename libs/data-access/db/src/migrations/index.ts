import { CreateReportLog1764115200000 } from './1764115200000-create-report-log';
import { CreateReportLedger1764115300000 } from './1764115300000-create-report-ledger';
import { CreateReadModels1764115400000 } from './1764115400000-create-read-models';
import { CreateActors1764115500000 } from './1764115500000-create-actors';
import { CreateApiKeys1764115600000 } from './1764115600000-create-api-keys';
import { CreateWebhooks1764115700000 } from './1764115700000-create-webhooks';
import { CreateAlerting1764115800000 } from './1764115800000-create-alerting';
import { CreateProjectionOwner1764115900000 } from './1764115900000-create-projection-owner';
import { LedgerAppendFrom1764116000000 } from './1764116000000-ledger-append-from';
import { AlertNotificationGroup1764116100000 } from './1764116100000-alert-notification-group';
import { IncidentCandidateTokens1764116200000 } from './1764116200000-incident-candidate-tokens';

/** Explicit and ordered: no globs into dist/. Never edit one that has been applied; add a new one. */
export const MIGRATIONS = [CreateReportLog1764115200000, CreateReportLedger1764115300000, CreateReadModels1764115400000, CreateActors1764115500000, CreateApiKeys1764115600000, CreateWebhooks1764115700000, CreateAlerting1764115800000, CreateProjectionOwner1764115900000, LedgerAppendFrom1764116000000, AlertNotificationGroup1764116100000, IncidentCandidateTokens1764116200000];
