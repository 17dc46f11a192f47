/** Header values by name; `null` removes a header that would otherwise be sent. */
export type HeadersRecord = Record<string, string | null | undefined>;
