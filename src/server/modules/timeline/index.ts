// The timeline module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { insertTimelineEvents, moveTimelineEvents, type TimelineEventInput } from './repo';
export { contactTimeline, type TimelineEvent } from './service';
