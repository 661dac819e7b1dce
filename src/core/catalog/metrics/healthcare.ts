import type { MetricDef } from '../schema';
import { CAC_SCOPE, REVENUE_NOT_PROFIT, sumsNotMeans } from '../cautions';

export const HEALTHCARE_METRICS: readonly MetricDef[] = [
  {
    id: 'newPatientConversionRate',
    name: 'New-patient conversion rate',
    aliases: [
      'new-patient conversion rate',
      'new patient conversion rate',
      'patient conversion rate',
      'inquiry conversion rate',
    ],
    formula: 'newPatients / inquiries',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of patient inquiries (calls, forms, chats) that turned into a first appointment. ' +
      'It shows how well the front desk and booking process turn interest into patients. A low rate with ' +
      'plenty of inquiries usually points at availability, follow-up speed or pricing.',
    cautions: [
      "Count each person's inquiry once: repeated calls by the same person lower the rate.",
      sumsNotMeans('new patients', 'inquiries'),
    ],
    related: ['pac', 'patientRetentionRate', 'leadToCustomerRate'],
    examples: [
      {
        description: '50 new patients from 200 inquiries: a conversion rate of 25 %.',
        inputs: { newPatients: 50, inquiries: 200 },
        expected: 0.25,
      },
    ],
    parts: [{ part: 'newPatients', whole: 'inquiries' }],
  },
  {
    id: 'pac',
    name: 'Patient acquisition cost',
    abbreviation: 'PAC',
    aliases: ['patient acquisition cost', 'cost per new patient', 'cost per patient', 'pac'],
    formula: 'cost / newPatients',
    unit: 'currency',
    direction: 'lower',
    description:
      'The marketing cost of bringing in one new patient: the healthcare form of CAC. A practice ' +
      'uses it to decide which channels are worth keeping. It only has meaning next to what a patient is ' +
      'worth over the years, the patient lifetime value.',
    cautions: [CAC_SCOPE, sumsNotMeans('cost', 'new patients')],
    related: ['cac', 'plv', 'newPatientConversionRate'],
    examples: [
      {
        description: '$5,000 of marketing bringing in 25 new patients: a PAC of $200.',
        inputs: { cost: 5000, newPatients: 25 },
        expected: 200,
      },
    ],
  },
  {
    id: 'plv',
    name: 'Patient lifetime value',
    abbreviation: 'PLV',
    aliases: ['patient lifetime value', 'lifetime patient value', 'plv'],
    formula: 'revenuePerVisit * visitsPerYear * retentionYears',
    unit: 'currency',
    direction: 'higher',
    description:
      'The revenue an average patient brings over the years they stay with a practice: revenue per ' +
      'visit times visits per year times years retained. It sets how much acquiring a patient may cost. ' +
      'Specialties with one-off treatments have a much lower PLV than recurring care.',
    cautions: [
      REVENUE_NOT_PROFIT,
      'Averages hide skew: a few long-standing patients lift the mean retention considerably.',
    ],
    related: ['pac', 'clv', 'patientRetentionRate'],
    examples: [
      {
        description: '$150 per visit, 3 visits a year, for 5 years: a patient lifetime value of ' + '$2,250.',
        inputs: { revenuePerVisit: 150, visitsPerYear: 3, retentionYears: 5 },
        expected: 2250,
      },
    ],
  },
  {
    id: 'patientRetentionRate',
    name: 'Patient retention rate',
    aliases: ['patient retention rate', 'patient retention'],
    formula: '(patientsEnd - newPatients) / patientsStart',
    unit: 'percent',
    direction: 'higher',
    description:
      "The share of a practice's patients at the start of a period who were still patients at its " +
      'end, with new patients subtracted. It reflects satisfaction and continuity of care, and it drives ' +
      'patient lifetime value directly. Define "active patient" (for example a visit within 18 months) first.',
    cautions: [
      'Subtract patients acquired during the period; otherwise growth masquerades as retention.',
      'It lies between 0 and 100 %: more retained patients (at end, less new) than at start, or more new patients ' +
        'than at end, is an input error and gives no value.',
      'The denominator is patients at the start of the period, as with customer churn.',
    ],
    related: ['retentionRate', 'plv', 'churnRate'],
    examples: [
      {
        description: 'Starting with 1,000 patients, adding 200 and ending with 1,100: a retention ' + 'rate of 90 %.',
        inputs: { patientsStart: 1000, newPatients: 200, patientsEnd: 1100 },
        expected: 0.9,
      },
    ],
    parts: [
      { part: 'newPatients', whole: 'patientsEnd' },
      { part: 'patientsEnd - newPatients', whole: 'patientsStart' },
    ],
  },
];
