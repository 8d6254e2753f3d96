import { OmitType } from '@nestjs/swagger';
import { GetTimelineRequest } from '../../timelines/get-timeline/get-timeline.request';

/** The timeline's parameters; the governorate comes from the path. */
export class GetAdmin1TimelineRequest extends OmitType(GetTimelineRequest, ['admin1'] as const) {}
