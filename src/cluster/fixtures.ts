// Test articles shared by the clustering tests.
import type { ClusterInput } from './profile.ts';

// Two earthquakes (different countries, years, names and numbers) and one unrelated article.
export const quakeA: ClusterInput[] = [
  {
    id: 'a1',
    title: 'Magnitude 7.4 earthquake kills 212 in southern Peru',
    published: '2007-08-16T08:00:00Z',
    text:
      'A magnitude 7.4 earthquake struck the coast of southern Peru on Wednesday evening, killing at least ' +
      '212 people in the port city of Pisco. President Alan Garcia declared a state of emergency in Ica ' +
      'province. Rescue teams from Lima searched collapsed churches and adobe homes through the night. ' +
      'The Geophysical Institute of Peru said the quake was centred 150 km south of Lima.',
  },
  {
    id: 'a2',
    title: 'Peru quake death toll rises to 212 as Pisco digs out',
    published: '2007-08-17T10:00:00Z',
    text:
      'Rescuers in Pisco pulled more bodies from the rubble of the San Clemente church on Thursday as the ' +
      'death toll from the 7.4 magnitude earthquake rose to 212. Alan Garcia flew to Ica and promised ' +
      'that no family would be left without shelter. Many adobe homes in Pisco collapsed. ' +
      'Aid flights from Lima landed at the Pisco airbase.',
  },
  {
    id: 'a3',
    title: 'Survivors of Peru earthquake wait for aid in Ica',
    published: '2007-08-18T09:30:00Z',
    text:
      'Survivors of the earthquake that killed 212 people in southern Peru queued for water in Ica and ' +
      'Pisco on Friday. Garcia said the government would rebuild the San Clemente church. The Geophysical ' +
      'Institute of Peru recorded more than 300 aftershocks after the 7.4 quake.',
  },
];

export const quakeB: ClusterInput[] = [
  {
    id: 'b1',
    title: "Earthquake in central Italy leaves 308 dead in L'Aquila",
    published: '2009-04-06T12:00:00Z',
    text:
      'A 6.3 magnitude earthquake hit the Abruzzo region of central Italy before dawn on Monday, killing ' +
      "308 people and destroying much of the medieval centre of L'Aquila. Prime Minister Silvio " +
      'Berlusconi cancelled a trip to Moscow. The civil protection chief Guido Bertolaso said 1,500 people ' +
      "were injured and 17,000 left homeless. In the village of Onna, near L'Aquila, most houses " +
      "collapsed. The San Salvatore hospital in L'Aquila was evacuated after cracks appeared.",
  },
  {
    id: 'b2',
    title: "Italy quake toll reaches 308 as Berlusconi visits L'Aquila",
    published: '2009-04-07T15:00:00Z',
    text:
      "Silvio Berlusconi toured tent camps around L'Aquila on Tuesday as the toll from the 6.3 earthquake in " +
      "Abruzzo reached 308. Bertolaso said rescuers were still searching the student dormitory in L'Aquila. " +
      'Around 17,000 people spent the night in tents. Patients from the damaged San Salvatore hospital ' +
      'were treated in a field hospital, and the village of Onna was almost flattened.',
  },
  {
    id: 'b3',
    title: 'Funeral held for victims of Abruzzo earthquake',
    published: '2009-04-10T11:00:00Z',
    text:
      "A state funeral was held in L'Aquila on Friday for victims of the 6.3 earthquake that struck Abruzzo " +
      'on Monday, killing 308. Silvio Berlusconi and Guido Bertolaso attended the mass with thousands of ' +
      "mourners. Many of the 205 coffins came from Onna and from the student dormitory in L'Aquila. " +
      'About 17,000 people left homeless by the quake are still living in tents, and the San Salvatore ' +
      'hospital remains closed. Italy declared a day of national mourning.',
  },
];

export const unrelated: ClusterInput = {
  id: 'c1',
  title: 'City council approves new cycle lanes',
  published: '2009-04-08T09:00:00Z',
  text:
    'The city council voted on Tuesday to build 40 km of protected cycle lanes by 2012. Councillor Mary ' +
    'Hughes said the plan would cut traffic near schools. Shop owners on the high street asked for ' +
    'more parking during the works.',
};
