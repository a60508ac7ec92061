import type { StatementPhase } from '../../../shared/domain/statement';
import type { FalseClaim } from '../../../shared/rules/guidance/types';

/**
 * Drafts written from the demo exercise (vehicle attack at the Riverside Winter Market, Marlow Bay; backlash against
 * Eastbrook's Muslim residents and the refugee families at Linden Street; six injured; the false "31 dead" and a
 * false name of the driver), each a positive (the rule should speak) or a negative (it should not).
 */
export interface Example {
  text: string;
  language?: 'en' | 'es';
  phase?: StatementPhase;
}

export const falseClaims: FalseClaim[] = [
  { claim: '31 people died in the attack on the Riverside Winter Market', phrases: ['31 dead', '31 people died', '31 deaths', '31 killed', '31 muertos', '31 fallecidos'] },
  { claim: 'The driver was Karim Nasser, a refugee from the Linden Street reception centre', phrases: ['Karim Nasser', 'Nasser'] },
  { claim: 'Murieron 31 personas en el ataque al mercado de invierno de Riverside', phrases: ['31 muertos', '31 personas'] },
];

export const communityNames = ['Muslim residents of Eastbrook', 'Families at the Linden Street reception centre', 'Young people targeted by revenge calls online'];

export const internalTitles = [
  'Reopen the Riverside Quarter safely',
  'Confirm police cover for Friday prayers at Eastbrook Mosque',
  'Photograph and remove the graffiti at the mosque gate',
  'Find Somali- and Arabic-speaking counsellors for the drop-in',
  'Overnight police presence at Linden Street',
  'Reabrir el barrio de Riverside con seguridad',
];

const es = (text: string): Example => ({ text, language: 'es' });

export const falseClaimExamples: { positives: Example[]; negatives: Example[] } = {
  positives: [
    { text: 'Reports of 31 dead at the market are false.' },
    { text: 'Social media says 31 people died. This is not true.' },
    { text: 'Posts name Karim Nasser as the driver. He is not a suspect.' },
    { text: 'Nasser has nothing to do with the attack.' },
    { text: 'Karim Nasser’s family has asked for privacy.' },
    { text: 'There were not 31 deaths at the Riverside Winter Market.' },
    { text: 'The figure of 31 killed is wrong.' },
    { text: 'Dozens of people died in the attack on the Riverside Winter Market, posts claim.' },
    { text: 'Some say the driver was a refugee from the Linden Street reception centre.' },
    { text: 'The driver was not a refugee from the Linden Street reception centre.' },
    { text: 'Many people died in the attack on the Riverside Winter Market; we are checking.' },
    { text: 'Six people are in hospital. Rumours of 31 dead are untrue.' },
    { text: 'Please stop sharing the name Karim Nasser.' },
    { text: 'We have been asked whether 31 people died. They did not.' },
    { text: 'The police have not arrested Nasser.' },
    es('Es falso que haya 31 muertos.'),
    es('Karim Nasser no es el conductor.'),
    es('No hubo 31 fallecidos en el mercado.'),
    es('Circula que 31 personas murieron; no es cierto.'),
    es('Murieron muchas personas en el ataque al mercado de invierno de Riverside, dicen en redes.'),
    es('La familia de Nasser pide respeto.'),
    { text: 'Early figures of 31 DEAD were wrong.' },
    // Written after the rules, to probe them: a bare number and a number in words are beyond a lexical match.
    { text: 'The death toll is 31.' },
    { text: 'Thirty-one people died.' },
  ],
  negatives: [
    { text: 'Six people are in hospital. No one has died.' },
    { text: 'Police have not named the driver. Please do not share names or figures that are not confirmed.' },
    { text: 'Six people were injured in the attack on the Riverside Winter Market.' },
    { text: 'Police are at the Linden Street reception centre to protect the refugee families.' },
    { text: 'The driver was arrested at the scene and is in custody.' },
    { text: 'The market will reopen on 31 December if the investigation allows.' },
    { text: 'Bus line 31 is diverted around the Riverside Quarter.' },
    { text: 'Only trust figures from the police and the city.' },
    { text: 'The Riverside Winter Market is closed until further notice.' },
    { text: 'Families at the Linden Street reception centre are our neighbours.' },
    { text: 'The attack on the Riverside Winter Market shocked all of us.' },
    { text: 'Leila Mansour leads our work with the communities of Eastbrook.' },
    { text: 'Six people are being treated at St Anne’s Hospital; their families are with them.' },
    { text: 'Numbers circulating online are wrong: the real figure is six injured.' },
    { text: 'The person who drove the vehicle has not been named by the police.' },
    es('Seis personas están en el hospital. Nadie ha muerto.'),
    es('La policía no ha dado el nombre del conductor.'),
    es('No compartan cifras ni nombres sin confirmar.'),
    es('El mercado de invierno de Riverside sigue cerrado.'),
    es('Seis personas resultaron heridas en el ataque al mercado.'),
    es('Las familias de Linden Street están protegidas por la policía.'),
    { text: 'A family assistance centre is open at the Riverside Community Centre.' },
  ],
};

export const groupBlameExamples: { positives: Example[]; negatives: Example[] } = {
  positives: [
    { text: 'The Muslims of Eastbrook are to blame for this attack.' },
    { text: 'Refugees are responsible for this.' },
    { text: 'Send them back: the refugees at Linden Street brought this on us.' },
    { text: 'Muslim residents of Eastbrook must pay for what happened.' },
    { text: 'This is the fault of immigrants.' },
    { text: 'Migrants should leave Marlow Bay now.' },
    { text: 'People want revenge on the Muslim community.' },
    { text: 'Asylum seekers are behind this attack.' },
    { text: 'The families at the Linden Street reception centre were behind the attack.' },
    { text: 'Foreigners did this and they must pay.' },
    { text: 'The refugee families are guilty, whatever the police say.' },
    { text: 'Everyone knows the Muslim community is responsible for this.' },
    { text: 'It is time to deport the refugees from Linden Street.' },
    { text: 'Those people should go home.' },
    es('Los musulmanes tienen la culpa de este ataque.'),
    es('Los refugiados son responsables del ataque.'),
    es('Que se vayan los inmigrantes.'),
    es('Los extranjeros lo pagarán.'),
    es('La comunidad musulmana es culpable.'),
    es('Venganza contra los musulmanes.'),
    es('Hay que expulsar a los refugiados de Linden Street.'),
    { text: 'Muslims brought this on the city.' },
    // Written after the rules, to probe them (the word list then gained "are the reason" and "should be ashamed").
    { text: 'These migrants are the reason this happened.' },
    { text: 'Muslims should be ashamed.' },
    { text: 'Deport them all, the refugees are the problem.' },
  ],
  negatives: [
    { text: 'No community is to blame for this attack.' },
    { text: 'Muslims are not to blame.' },
    { text: 'Do not blame refugees for the actions of one man.' },
    { text: 'Eastbrook’s Muslim residents must not be held responsible.' },
    { text: 'No one should blame the refugee families at Linden Street.' },
    { text: 'We reject any attempt to blame the Muslim community.' },
    { text: 'Anyone who attacks Muslims will be held responsible.' },
    { text: 'The attacker is responsible, not Muslims.' },
    { text: 'We condemn any calls for revenge against Muslims.' },
    { text: 'Police are protecting the mosque and the Muslim families of Eastbrook.' },
    { text: 'The refugee families at Linden Street are our neighbours, and they are safe.' },
    { text: 'The only person to blame is the driver.' },
    { text: 'Those responsible for threats online will face the law.' },
    { text: 'Hate crimes against refugees will be investigated.' },
    es('Los musulmanes no tienen la culpa.'),
    es('Nadie debe culpar a los refugiados.'),
    es('No culpen a los inmigrantes.'),
    es('Rechazamos cualquier intento de culpar a la comunidad musulmana.'),
    es('El único responsable es el conductor.'),
    es('Los refugiados de Linden Street son nuestros vecinos.'),
    es('Quienes amenacen a los musulmanes tendrán que responder ante la ley.'),
    { text: 'Muslims, refugees and every other community belong in Marlow Bay.' },
    // Written after the rules, to probe them: a negation after the blame ("… is wrong") is not seen.
    { text: 'Blaming Muslims for this attack is wrong.' },
    { text: 'We will not let anyone scapegoat refugees.' },
    { text: 'Refugees had nothing to do with this attack.' },
  ],
};

const first = (text: string): Example => ({ text, phase: 'first-official' });
const firstEs = (text: string): Example => ({ text, phase: 'first-official', language: 'es' });

export const stanceExamples: { positives: Example[]; negatives: Example[] } = {
  positives: [
    first('Our thoughts are with the six people in hospital and their families. The market is closed.'),
    first('Marlow Bay is one city. We will get through this together.'),
    first('The police are investigating. Please avoid the Riverside Quarter.'),
    first('We thank the emergency services for their work at the Riverside Winter Market.'),
    first('A family assistance centre is open at the Riverside Community Centre.'),
    first('The city stands with everyone affected by the attack.'),
    first('We are working with community leaders in Eastbrook and at Linden Street.'),
    first('Please look after each other and check on your neighbours.'),
    first('Friday prayers will go ahead with police present.'),
    first('Only share information from the police and the city.'),
    first('Six people are in hospital. No one has died.'),
    first('Our city is united in grief.'),
    first('We will give an update this evening.'),
    first('The investigation is led by national counter-terrorism police.'),
    first('Support is available for witnesses and stallholders.'),
    firstEs('Nuestros pensamientos están con las seis personas hospitalizadas.'),
    firstEs('Marlow Bay es una sola ciudad. Saldremos adelante juntos.'),
    firstEs('La policía investiga. Eviten la zona del mercado.'),
    firstEs('Hay un centro de asistencia para las familias.'),
    firstEs('Daremos más información esta tarde.'),
    first('The mayor visited the hospital this morning.'),
  ],
  negatives: [
    first('We condemn this attack. Marlow Bay stands together.'),
    first('There is no place for hate in Marlow Bay.'),
    first('Hatred against our Muslim neighbours will not be tolerated.'),
    first('Islamophobia has no home here, and neither does antisemitism.'),
    first('We reject racism in every form.'),
    first('Attacks on refugees are hate crimes and will be treated as such.'),
    first('The city condemns the attack and the threats against Eastbrook.'),
    first('Hate will not win in Marlow Bay.'),
    first('We stand against hate and with every community.'),
    first('Discrimination against any resident will be met with the law.'),
    first('We speak out against the xenophobia we have seen online.'),
    first('Abuse of the refugee families is racist, and it must stop.'),
    first('The council has zero tolerance for intolerance.'),
    firstEs('Condenamos este ataque.'),
    firstEs('No hay lugar para el odio en Marlow Bay.'),
    firstEs('Rechazamos el racismo y la islamofobia.'),
    firstEs('Los delitos de odio serán perseguidos.'),
    { text: 'Please avoid the Riverside Quarter.', phase: 'immediate-safety' },
    { text: 'Work continues at the family assistance centre.', phase: 'update' },
    { text: 'Thank you to everyone who came to the vigil.', phase: 'direct-engagement' },
    first(''),
    first('Hate is not welcome here.'),
  ],
};

export const internalExamples: { positives: Example[]; negatives: Example[] } = {
  positives: [
    { text: 'We are working to reopen the Riverside Quarter safely.' },
    { text: 'Our priority is to reopen the Riverside Quarter safely, and soon.' },
    { text: 'Officers will confirm police cover for Friday prayers at Eastbrook Mosque.' },
    { text: 'We will photograph and remove the graffiti at the mosque gate today.' },
    { text: 'There is an overnight police presence at Linden Street.' },
    { text: 'We will find Somali- and Arabic-speaking counsellors for the drop-in.' },
    { text: 'Police cover for Friday prayers at Eastbrook Mosque is confirmed.' },
    { text: 'Remove the graffiti at the mosque gate is on our list.' },
    { text: 'REOPEN THE RIVERSIDE QUARTER SAFELY is the plan.' },
    { text: 'Reopen the Riverside Quarter, safely: that is what we want.' },
    { text: 'We keep an overnight police presence at Linden Street until further notice.' },
    { text: 'Somali- and Arabic-speaking counsellors for the drop-in are being found.' },
    { text: 'The team will photograph and remove the graffiti at the gate of the mosque? No: photograph and remove the graffiti at the mosque gate.' },
    { text: 'Tonight: overnight police presence at Linden Street.' },
    { text: 'We plan to confirm police cover for Friday prayers.' },
    es('Trabajamos para reabrir el barrio de Riverside con seguridad.'),
    es('La prioridad es reabrir el barrio de Riverside con seguridad.'),
    es('Queremos reabrir el barrio de Riverside con seguridad esta semana.'),
    es('REABRIR EL BARRIO DE RIVERSIDE CON SEGURIDAD.'),
    es('Vamos a reabrir el barrio de Riverside con seguridad, paso a paso.'),
    { text: 'Eastbrook: police cover for Friday prayers at Eastbrook Mosque.' },
  ],
  negatives: [
    { text: 'We protect communities at risk of backlash.' },
    { text: 'Protect life and prevent further violence: that is our first priority.' },
    { text: 'We support victims, families and witnesses.' },
    { text: 'Keep the public informed and counter rumours.' },
    { text: 'The Riverside Quarter stays closed while the investigation continues.' },
    { text: 'Six people are in hospital.' },
    { text: 'Police patrols continue in Eastbrook.' },
    { text: 'The family assistance centre at the Riverside Community Centre is open.' },
    { text: 'Friday prayers will take place.' },
    { text: 'Counsellors are available at the drop-in.' },
    { text: 'Police are present in Linden Street.' },
    { text: 'We will keep you informed.' },
    { text: 'Graffiti was reported near the mosque.' },
    { text: 'The Riverside Quarter will reopen when it is safe.' },
    { text: 'Photographs of the market are being shared online: please do not share them.' },
    es('Protegemos a las comunidades en riesgo.'),
    es('El barrio de Riverside sigue cerrado.'),
    es('Seis personas están en el hospital.'),
    es('La policía patrulla Eastbrook.'),
    es('Les mantendremos informados.'),
    { text: 'The police will be present at prayers on Friday.' },
  ],
};
