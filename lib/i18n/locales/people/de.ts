import type { peopleEn } from './en';

export const peopleDe: { readonly [K in keyof typeof peopleEn]: string } = {};
