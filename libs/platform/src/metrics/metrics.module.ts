import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics.registry';

@Global()
@Module({})
export class MetricsModule {
  static forRoot(labels: Record<string, string>): DynamicModule {
    const registry = { provide: METRICS_REGISTRY, useValue: createMetricsRegistry(labels) };
    return { module: MetricsModule, controllers: [MetricsController], providers: [registry], exports: [registry] };
  }
}
