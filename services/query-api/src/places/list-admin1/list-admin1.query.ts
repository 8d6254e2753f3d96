import { Injectable } from '@nestjs/common';
import { Admin1CountsStore, type Admin1Count } from '@sitrep/db';
import { normalizeAdmin1, SYRIA_GOVERNORATES } from '@sitrep/domain-places';
import { COUNTRY } from '../../reference-data/resolve-names';
import type { ListAdmin1Response } from './list-admin1.response';

/** Syria's 14 governorates in table order, each with its active incidents; quiet ones show zeros. */
@Injectable()
export class ListAdmin1Query {
  constructor(private readonly counts: Admin1CountsStore) {}

  async run(): Promise<ListAdmin1Response> {
    const byId = new Map<string, Admin1Count[]>();
    // The column holds the canonical name, or the spelling as reported when ingest could not resolve it.
    for (const count of await this.counts.counts()) {
      const id = normalizeAdmin1(COUNTRY, count.admin1)?.id;
      if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), count]);
    }
    return {
      items: SYRIA_GOVERNORATES.map((governorate) => {
        const counts = byId.get(governorate.id) ?? [];
        const last = counts.map((c) => c.lastIncidentDay).sort().at(-1);
        return {
          id: governorate.id,
          name: governorate.name,
          nameAr: governorate.nameAr,
          incidents: counts.reduce((sum, c) => sum + c.incidents, 0),
          fatalities: counts.reduce((sum, c) => sum + c.fatalities, 0),
          lastIncidentDate: last ?? null,
        };
      }),
    };
  }
}
