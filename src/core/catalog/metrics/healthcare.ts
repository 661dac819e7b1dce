import type { MetricFacts } from '../withProse';

export const HEALTHCARE_METRICS: readonly MetricFacts[] = [
  {
    id: 'newPatientConversionRate', name: 'New-patient conversion rate',
    aliases: ['new-patient conversion rate', 'new patient conversion rate', 'patient conversion rate',
      'inquiry conversion rate'],
    formula: 'newPatients / inquiries', unit: 'percent', direction: 'higher',
    related: ['pac', 'patientRetentionRate', 'leadToCustomerRate'],
    examples: [{ inputs: { newPatients: 50, inquiries: 200 }, expected: 0.25 }],
    parts: [{ part: 'newPatients', whole: 'inquiries' }],
  },
  {
    id: 'pac', name: 'Patient acquisition cost', abbreviation: 'PAC',
    aliases: ['patient acquisition cost', 'cost per new patient', 'cost per patient', 'pac'],
    formula: 'cost / newPatients', unit: 'currency', direction: 'lower',
    related: ['cac', 'plv', 'newPatientConversionRate'],
    examples: [{ inputs: { cost: 5000, newPatients: 25 }, expected: 200 }],
  },
  {
    id: 'plv', name: 'Patient lifetime value', abbreviation: 'PLV',
    aliases: ['patient lifetime value', 'lifetime patient value', 'plv'],
    formula: 'revenuePerVisit * visitsPerYear * retentionYears', unit: 'currency', direction: 'higher',
    related: ['pac', 'clv', 'patientRetentionRate'],
    examples: [{ inputs: { revenuePerVisit: 150, visitsPerYear: 3, retentionYears: 5 }, expected: 2250 }],
  },
  {
    id: 'patientRetentionRate', name: 'Patient retention rate',
    aliases: ['patient retention rate', 'patient retention'],
    formula: '(patientsEnd - newPatients) / patientsStart', unit: 'percent', direction: 'higher',
    related: ['retentionRate', 'plv', 'churnRate'],
    examples: [{ inputs: { patientsStart: 1000, newPatients: 200, patientsEnd: 1100 }, expected: 0.9 }],
    parts: [
      { part: 'newPatients', whole: 'patientsEnd' },
      { part: 'patientsEnd - newPatients', whole: 'patientsStart' },
    ],
  },
];
