import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeyStore } from '../access/api-key.store';
import { AuditLogStore } from '../access/audit-log.store';
import { ActorStore } from '../actors/actor.store';
import { AlertEngineStore, AlertQueryStore, AlertRelayStore, AlertRuleStore, AlertSilenceStore } from '../alerts/index';
import { ReportLedgerStore } from '../report-ledger/report-ledger.store';
import { IncidentProjectionStore } from '../read-models/incident-projection.store';
import { ReadModelCatalog } from '../read-models/read-model-catalog.store';
import { ProjectionOwnerStore } from '../read-models/projection-owner.store';
import { ActorActivityStore, Admin1CountsStore, IncidentDetailStore, TimelineStore } from '../queries/index';
import { DeliveryLogStore, WebhookDeliveryStore, WebhookEndpointStore } from '../webhooks/index';
import { PgWakeups } from '../wakeups/pg-wakeups';

/** Every store services may inject. Services never see TypeORM itself. */
const STORES = [IncidentProjectionStore, ReadModelCatalog, ProjectionOwnerStore, ApiKeyStore, AuditLogStore, ReportLedgerStore, ActorStore, WebhookEndpointStore, WebhookDeliveryStore, DeliveryLogStore, TimelineStore, IncidentDetailStore, ActorActivityStore, Admin1CountsStore, AlertRuleStore, AlertEngineStore, AlertQueryStore, AlertSilenceStore, AlertRelayStore, PgWakeups];

/**
 * Hands the one DataSource (created and migrated before Nest boots, because the embedded server
 * must be up first) to the stores of this library.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    const providers = [
      { provide: DataSource, useValue: dataSource },
      ...STORES.map((Store) => ({ provide: Store, useFactory: (db: DataSource) => new Store(db), inject: [DataSource] })),
    ];
    return { module: DatabaseModule, providers, exports: STORES };
  }
}
