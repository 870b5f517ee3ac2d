import { describe, expect, it } from 'vitest';
import {
  graphParamsSchema,
  neighbourhoodParamsSchema,
  paramsObject,
  scopedIdParamsSchema,
  searchParamsSchema,
} from './api-params';

const parse = <T>(schema: { safeParse: (v: unknown) => T }, qs: string) => schema.safeParse(paramsObject(new URLSearchParams(qs)));

describe('route parameters', () => {
  it('graph: optional slug, limit coerced with a default and a ceiling', () => {
    expect(graphParamsSchema.parse({})).toEqual({ limit: 2000 });
    expect(parse(graphParamsSchema, 'article=emotionally-unavailable-men&limit=50')).toMatchObject({
      success: true,
      data: { article: 'emotionally-unavailable-men', limit: 50 },
    });
    expect(parse(graphParamsSchema, 'limit=999999').success).toBe(false);
    expect(parse(graphParamsSchema, 'article=Not A Slug').success).toBe(false);
  });

  it('ids keep their slashes and colons but refuse spaces and control characters', () => {
    expect(parse(scopedIdParamsSchema, 'id=emotionally-unavailable-men%2Fc36').success).toBe(true);
    expect(parse(scopedIdParamsSchema, 'id=work%3Alevant-2009').success).toBe(true);
    expect(parse(scopedIdParamsSchema, 'id=a%20b').success).toBe(false);
    expect(parse(scopedIdParamsSchema, 'id=a%00b').success).toBe(false);
    expect(parse(scopedIdParamsSchema, '').success).toBe(false);
  });

  it('neighbourhood pages: skip and limit are bounded whole numbers', () => {
    expect(parse(neighbourhoodParamsSchema, 'id=x&skip=25')).toMatchObject({ data: { skip: 25, limit: 25 } });
    expect(parse(neighbourhoodParamsSchema, 'id=x&skip=-1').success).toBe(false);
    expect(parse(neighbourhoodParamsSchema, 'id=x&limit=1.5').success).toBe(false);
  });

  it('search: the text is trimmed and must not be empty', () => {
    expect(parse(searchParamsSchema, 'q=%20%20silent%20')).toMatchObject({ data: { q: 'silent', limit: 10 } });
    expect(parse(searchParamsSchema, 'q=%20%20').success).toBe(false);
    expect(parse(searchParamsSchema, '').success).toBe(false);
  });
});
