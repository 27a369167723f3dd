import type { peopleEn } from './en';

export const peopleSv: { readonly [K in keyof typeof peopleEn]: string } = {};
