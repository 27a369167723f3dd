import type { peopleEn } from './en';

export const peoplePl: { readonly [K in keyof typeof peopleEn]: string } = {};
