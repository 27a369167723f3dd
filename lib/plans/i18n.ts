/**
 * The plans' strings, readable apart from the app's catalogs (lib/i18n/locales/<lang>.ts, where
 * they are spread in): the product translates them with the app translator, whose catalogs the
 * package holds once per language; tests and the e2e expectations use planTranslator. Product
 * code imports only this file's types.
 */
import type { Locale, Params } from '../i18n';
import { render, type PluralMessage } from '../i18n/message';
import { labelPlaceholder } from '../i18n/page-labels';
import { plansDe } from '../i18n/locales/plans/de';
import { peoplePlansDe } from '../i18n/locales/people-plans/de';
import { plansEn } from '../i18n/locales/plans/en';
import { peoplePlansEn } from '../i18n/locales/people-plans/en';
import { plansNl } from '../i18n/locales/plans/nl';
import { peoplePlansNl } from '../i18n/locales/people-plans/nl';
import { plansPl } from '../i18n/locales/plans/pl';
import { peoplePlansPl } from '../i18n/locales/people-plans/pl';
import { plansSv } from '../i18n/locales/plans/sv';
import { peoplePlansSv } from '../i18n/locales/people-plans/sv';

/** The unlink plans' strings and the people plans' (lib/i18n/locales/people-plans), one key space `plan.*`. */
const planEn = { ...plansEn, ...peoplePlansEn };
export type PlanMessageKey = keyof typeof planEn;
export type PlansCatalog = { readonly [K in PlanMessageKey]: (typeof planEn)[K] extends string ? string : PluralMessage };
/** The unlink plans' own catalog files (lib/i18n/locales/plans) are typed by their own keys. */
export type UnlinkPlansCatalog = { readonly [K in keyof typeof plansEn]: (typeof plansEn)[K] extends string ? string : PluralMessage };

export const PLAN_CATALOGS: Readonly<Record<Locale, PlansCatalog>> = {
  en: planEn,
  de: { ...plansDe, ...peoplePlansDe },
  nl: { ...plansNl, ...peoplePlansNl },
  sv: { ...plansSv, ...peoplePlansSv },
  pl: { ...plansPl, ...peoplePlansPl },
};

export type PlanTranslate = ((key: PlanMessageKey, params?: Params) => string) & {
  /** The language it writes: for Intl formatting next to its strings (the hand-off's date). */
  readonly locale: Locale;
};

export function planTranslator(locale: Locale): PlanTranslate {
  const catalog = PLAN_CATALOGS[locale];
  const translate = (key: PlanMessageKey, params?: Params): string => {
    const own = catalog[key];
    return own === undefined ? render(planEn[key], 'en', params, (name) => labelPlaceholder(name, 'en')) : render(own, locale, params, (name) => labelPlaceholder(name, locale));
  };
  return Object.assign(translate, { locale });
}
