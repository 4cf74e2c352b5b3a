/** The variables a template may use, with what each gives (the editor's palette shows these). */
export const TEMPLATE_VARIABLES = {
  salutation: 'Greeting with the customer’s name (陳大明 您好 / Hi Jane)',
  customerName: 'The customer’s display name (您 / there when unknown)',
  brand: 'Brand name from the options',
  handlerName: 'Handler’s full name',
  handlerTitle: 'How customers address the handler (林小姐, Mr. Wang)',
  handlerFull: 'Title with full name (林小姐（林雅婷）/ Jane Lin)',
  dedicatedLine: 'Dedicated line number',
  extension: 'Extension',
  serviceHours: 'Service hours',
  contactLine: 'Dedicated line with extension and hours, formatted',
  contactEmail: 'Contact email',
  deadline: 'Time frame: a concrete time within working hours (12/14（一）中午前), or the reply time limit',
  replyWithinHours: 'Reply time limit in hours',
  verbatim:
    'The customer’s points read back in their words, quoted (numbered when several); no greeting, signature, personal data or profanity',
  problem: 'One short clause naming the problem in the customer’s terms (關於訂單還沒出貨的狀況)',
  apology: 'A limited apology for the experience (never for a fault); acknowledges repeated contact',
  channels: 'Invitation to Messenger or LINE, when set in the options',
  incident: 'Health-and-safety or privacy steps, when the message reports an incident',
  customerDeadline: 'The answer to a deadline the customer set (本週內, by Friday)',
  infoNeeded: 'What the handler still needs (only what the message does not give)',
  quadrantParagraph: 'The handling strategy of the chosen situation',
  boundary: 'Service-boundary paragraph (paid / included / bonus when offered), when relevant',
  faq: 'The FAQ answers chosen for this reply',
} as const;
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
