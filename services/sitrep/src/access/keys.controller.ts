import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Req, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiKeyStore, AuditLogStore } from '@sitrep/db';
import type { VerifiedKey } from '@sitrep/platform';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';

class CreateKeyRequest {
  @IsString() @Length(1, 200)
  name!: string;

  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(['ingest', 'read', 'admin'], { each: true })
  scopes!: Array<'ingest' | 'read' | 'admin'>;
}

type KeyedRequest = { sitrepKey?: VerifiedKey };

/** API keys: created (the secret shown once), listed without secrets, revoked. Admin scope. */
@Controller('v1/keys')
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }))
export class KeysController {
  constructor(
    private readonly keys: ApiKeyStore,
    private readonly audit: AuditLogStore,
  ) {}

  @Post()
  async create(@Body() body: CreateKeyRequest, @Req() request: KeyedRequest) {
    const { key, info } = await this.keys.create(body.name, body.scopes, request.sitrepKey?.id);
    await this.audit.record({ keyId: request.sitrepKey?.id, action: 'api_key.create', target: info.id, details: { name: info.name, scopes: info.scopes } });
    return { key, ...info, note: 'Store this key now: it is shown once and kept only as a hash.' };
  }

  @Get()
  list() {
    return this.keys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id') id: string, @Req() request: KeyedRequest) {
    if (!(await this.keys.revoke(id))) throw new NotFoundException(`No active key ${id}`);
    await this.audit.record({ keyId: request.sitrepKey?.id, action: 'api_key.revoke', target: id });
  }
}

/** The audit trail itself. Admin scope. */
@Controller('v1/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogStore) {}

  @Get()
  recent() {
    return this.audit.recent(200);
  }
}
