import type { peopleEn } from './en';

export const peopleNl: { readonly [K in keyof typeof peopleEn]: string } = {};
