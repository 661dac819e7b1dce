import type { MetricTexts } from '../../types';
import { APPLE_MAIL_PRIVACY, sumsNotMeans } from '../cautions';

const DELIVERED = 'zugestellte E-Mails';
const SENT_LESS_BOUNCED = 'zugestellt = gesendet − unzustellbar';

export const EMAIL_DE = {
  emailBounceRate: {
    name: 'Unzustellbarkeitsrate (E-Mail)',
    description:
      'Der Anteil der gesendeten E-Mails, die empfangende Server abgewiesen haben, weil die Adresse nicht ' +
      'existiert (Hard Bounce) oder das Postfach voll oder nicht erreichbar war (Soft Bounce). Die Rate ist ' +
      'vor allem ein Maß für die Listenhygiene. Dauerhaft hohe Raten schaden der Absenderreputation und ' +
      'schieben spätere E-Mails in den Spam.',
    cautions: [
      'Nicht die Absprungrate der Webanalyse: Hier zählen E-Mails, die nie zugestellt wurden.',
      sumsNotMeans('der Bounces', 'der gesendeten E-Mails'),
    ],
    examples: ['300 von 10.000 E-Mails unzustellbar: eine Unzustellbarkeitsrate von 3 %.'],
  },
  ctor: {
    name: 'Klick-Öffnungs-Rate',
    description:
      'Der Anteil der Menschen, die eine E-Mail geöffnet und dann einen Link darin geklickt haben. Weil die ' +
      'CTOR nur die Öffnenden betrachtet, trennt sie die Überzeugungskraft von Inhalt und Call-to-Action von ' +
      'der Wirkung der Betreffzeile. Nutzen Sie sie, um die Inhalte verschiedener Versände zu vergleichen.',
    cautions: [
      APPLE_MAIL_PRIVACY +
        ' Überhöhte Öffnungen lassen die CTOR niedriger erscheinen, als sie ist; vergleichen Sie Zeiträume ' +
        'mit ähnlichem Apple-Mail-Anteil oder nutzen Sie die Klickrate (E-Mail).',
      sumsNotMeans('der eindeutigen Klicks', 'der eindeutigen Öffnungen'),
    ],
    examples: ['150 Klickende unter 1.000 Öffnenden ergeben eine Klick-Öffnungs-Rate von 15 %.'],
  },
  openRate: {
    name: 'Öffnungsrate',
    defaultVariantLabel: DELIVERED,
    variants: { sentLessBounced: SENT_LESS_BOUNCED },
    description:
      'Der Anteil der zugestellten E-Mails, die geöffnet wurden. Traditionell beurteilt man mit der ' +
      'Öffnungsrate Betreffzeilen, Absendernamen und Versandzeiten. Da automatische Datenschutzfunktionen ' +
      'inzwischen selbst Öffnungen auslösen, taugt sie am besten als grober Trend statt als exakte Zahl.',
    cautions: [
      APPLE_MAIL_PRIVACY + ' Treffen Sie Entscheidungen lieber anhand von Klickrate und CTOR.',
      'Teilen Sie durch zugestellte, nicht durch gesendete E-Mails: Unzustellbare E-Mails konnten nie ' +
        'geöffnet werden. Sind gesendete und unzustellbare E-Mails gegeben, ist „zugestellt“ ihre Differenz, ' +
        'wie in den Berichten von Mailchimp (https://mailchimp.com/help/about-open-and-click-rates/).',
      sumsNotMeans('der eindeutigen Öffnungen', 'der zugestellten E-Mails'),
    ],
    examples: ['8.000 von 10.000 zugestellten E-Mails geöffnet: eine Öffnungsrate von 80 %.'],
  },
  unsubscribeRate: {
    name: 'Abmelderate',
    defaultVariantLabel: DELIVERED,
    variants: { sentLessBounced: SENT_LESS_BOUNCED },
    description:
      'Der Anteil der zugestellten E-Mails, nach denen sich der Empfänger von der Liste abgemeldet hat. ' +
      'Deutlich unter 1–2 % pro Versand gilt gemeinhin als normal. Ein Anstieg nach einem Versand deutet auf ' +
      'dessen Inhalt, die Zielgruppenauswahl oder eine zu hohe Versandfrequenz hin.',
    cautions: [
      'Zugestellt heißt gesendet abzüglich unzustellbar: Sind diese beiden gegeben, teilt die Rate durch ' +
        'ihre Differenz.',
      sumsNotMeans('der Abmeldungen', 'der zugestellten E-Mails'),
      'Manche Tools teilen durch gesendete statt zugestellte E-Mails; prüfen Sie das vor dem Vergleich mit ' +
        'Richtwerten.',
    ],
    examples: ['25 Abmeldungen bei 5.000 zugestellten E-Mails: eine Abmelderate von 0,5 %.'],
  },
} satisfies MetricTexts;
