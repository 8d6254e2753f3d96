import { Module } from '@nestjs/common';
import type { SitrepConfig } from '@sitrep/config';
import { PgWakeups, WebhookDeliveryStore } from '@sitrep/db';
import { METRICS_REGISTRY, SITREP_CONFIG } from '@sitrep/platform';
import { randomUUID } from 'node:crypto';
import type { Registry } from 'prom-client';
import { ListDeliveriesController } from './deliveries/list-deliveries/list-deliveries.controller';
import { RedeliverController } from './deliveries/redeliver/redeliver.controller';
import { TestFireController } from './deliveries/test-fire/test-fire.controller';
import { WebhookDispatcher } from './delivery/webhook.dispatcher';
import { WebhookMetrics } from './delivery/webhook.metrics';
import { CreateEndpointController } from './endpoints/create-endpoint/create-endpoint.controller';
import { DeleteEndpointController } from './endpoints/delete-endpoint/delete-endpoint.controller';
import { ReadEndpointsController } from './endpoints/read-endpoints/read-endpoints.controller';
import { RotateSecretController } from './endpoints/rotate-secret/rotate-secret.controller';
import { UpdateEndpointController } from './endpoints/update-endpoint/update-endpoint.controller';
import { SecretBox } from './secrets/secret-box';
import { loadSecretsKey } from './secrets/secrets-key';
import { DestinationGuard } from './ssrf/destination-guard';
import { WEBHOOK_SETTINGS, webhookSettingsFrom, type WebhookSettings } from './webhook-settings';

/**
 * Signed webhooks: the endpoints API (/v1/webhooks) and the dispatcher that delivers the outbox at
 * least once. Notifications are enqueued by whoever decides them (the alert engine), with
 * enqueueNotification from @sitrep/db inside its own transaction.
 */
@Module({
  controllers: [
    CreateEndpointController,
    ReadEndpointsController,
    UpdateEndpointController,
    DeleteEndpointController,
    RotateSecretController,
    ListDeliveriesController,
    RedeliverController,
    TestFireController,
  ],
  providers: [
    { provide: WEBHOOK_SETTINGS, useFactory: (config: SitrepConfig) => webhookSettingsFrom(config), inject: [SITREP_CONFIG] },
    { provide: SecretBox, useFactory: async (config: SitrepConfig) => new SecretBox(await loadSecretsKey(config)), inject: [SITREP_CONFIG] },
    { provide: DestinationGuard, useFactory: (settings: WebhookSettings) => new DestinationGuard(settings.allow), inject: [WEBHOOK_SETTINGS] },
    {
      provide: WebhookMetrics,
      useFactory: (registry: Registry, store: WebhookDeliveryStore) => new WebhookMetrics(registry, () => store.queueDepth()),
      inject: [METRICS_REGISTRY, WebhookDeliveryStore],
    },
    {
      provide: WebhookDispatcher,
      useFactory: (config: SitrepConfig, settings: WebhookSettings, store: WebhookDeliveryStore, box: SecretBox, guard: DestinationGuard, metrics: WebhookMetrics, wakeups: PgWakeups) =>
        new WebhookDispatcher({ owner: `${config.instanceId}/${randomUUID().slice(0, 8)}`, store, box, guard, settings, metrics, wakeups }),
      inject: [SITREP_CONFIG, WEBHOOK_SETTINGS, WebhookDeliveryStore, SecretBox, DestinationGuard, WebhookMetrics, PgWakeups],
    },
  ],
})
export class WebhookDispatcherModule {}
