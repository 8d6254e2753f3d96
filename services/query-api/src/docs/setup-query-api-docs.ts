import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { QueryModule } from '../query.module';

export const DOCS_PATH = 'docs';

/**
 * OpenAPI for the query API: the UI at /docs, the document at /docs-json. Only the query API's
 * controllers are described (ingest has its own contract).
 */
export function setupQueryApiDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Sitrep query API')
    .setDescription(
      'Read side of Sitrep: timelines of incidents, incident detail with every report and version, actors and their activity, ' +
        'governorates, exports (CSV, GeoJSON, NDJSON) and a live stream (Server-Sent Events). Every read goes to the live read model; ' +
        '`asOf` answers from what Sitrep knew at a past instant.',
    )
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config, { include: [QueryModule] });
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
}
