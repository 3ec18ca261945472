-- person_mentions on modern web text: products, brands, headings and roles are no persons
.mode list
-- mixed case and digits mark brands and models; surname prefixes do not
SELECT extract_persons('We tried GitHub Copilot and the Galaxy Buds2 Pro with Hannah McDonald and Marcus DeShawn.');
-- a given name that is a common word before a common word is a label
SELECT extract_persons('Art Displays and Eve Door sensors sold out while Marion Okafor watched.');
-- in a heading, a common word that is no name opens a noun phrase, whatever name its last word is
SELECT extract_persons('Hugh Free taught the class.

Software Development Free

Digital Marketing Free');
-- nor are two common words that are no given names ("Child Tax Credit"; "Major" is a title)
SELECT extract_persons('Major Tax Changes for 2025

The Child Tax Credit grew, said Priya Raman.');
-- the words between two titles are a role: "Chief Strategy Officer", "Chief AI Officer"
SELECT name, role FROM person_mentions('The firm named Olga Brandt its Chief Strategy Officer and Tomas Lind its Chief AI Officer.');
-- a sentence-initial common word before a surname named earlier is not its given name
SELECT name, mention FROM person_mentions('Tim Cook spoke first. Hosting Cook was an honour, the organiser said.');
-- "Van Der Beek" alone is the surname of "James Van Der Beek"; "Josh" is "Joshua"
SELECT name, mention FROM person_mentions('James Van Der Beek danced. Van Der Beek left. Joshua Apte, a professor, agreed. Josh Apte later wrote.');
-- a lower-case honorific is another word ("miss" the verb); a given name alone is the one person who has it
SELECT name, mention, role FROM person_mentions('Dana Whitfield spoke of Steve Jobs. "We all miss Steve so much," she said.');
-- not when two persons have it, nor when it is a common word
SELECT name, mention FROM person_mentions('Steve Jobs and Steve Wozniak built it. Later Steve left. Mark Price came; Mark my words.');
-- Latin letters glued to kana or ideographs name no one; venues, labs, publishers, streets
SELECT extract_persons('App Storeにない非公式アプリ. Shoreline Amphitheatre, the Keck Observatory, Siemens AI Lab, Tor Books and Corso Monforte hosted Lena Okafor.');
-- a pair of unknown words opening a sentence, with an appositive role
SELECT name, role FROM person_mentions('Markets fell. Pankaj Pandey, head of research at a brokerage, disagreed.');
-- a registered or trade mark sign names a brand; Indian honorifics and spiritual titles are roles
SELECT name, mention, role FROM person_mentions('Add a jar of Don Arturo® Honey. Gurudev Sri Sri Anand Kapoor taught; Smt. Lata Rao listened at Miami Beach.');
-- a given name that is also a month, before a word no table knows; not after a determiner or a preposition
SELECT extract_persons('The study was led by a team. Jan Oskarsson, who ran it, said the September Bund rose and in March Xetra fell.');
SELECT extract_persons('Jobs are scarce, said Jan Berglund, a professor.');
-- a sentence-initial gerund or lower-case compound before a known surname; a common word before one is a name in a sentence ("Scooter"), not in a short label
SELECT name, mention FROM person_mentions('Adam Schiff met Troy Braun. Day-by-day Schiff grew bolder.
Scooter Braun is unhappy with the deal, his friends say.

Average Braun');
-- product tiers and streams end no person's name
SELECT extract_persons('The Focus Pro and the Homepod Mini sold near Walnut Creek, said Max Eddy.');
-- a name does not end in one letter without a dot ("Gen Z", "Acme U"); an initial with a dot and a regnal number do
SELECT extract_persons('Gen Z shoppers and Corbin U students met Malcolm X scholars, Henry VIII fans and Ruth J. Albers.');
-- a word repeated at both ends of a run is a heading glued to its text
SELECT extract_persons('Setup Linkerd Linkerd is a service mesh that Odile Barrault maintains.');
-- businesses and awards named after a person end in what they are
SELECT extract_persons('Rosa Delmar''s Kitchen sells pies; Amos Whitcombe Paints and the Hartigan Fellowship went to Nell Ostrander at the Tate Modern and Kunsthalle Bremen.');
-- a compound of two common words is a common word: "Sugar-Free Syrup" is a product ("Day-Lewis" stays a name)
SELECT extract_persons('The Sugar-Free Syrup and Herbal Oil-Free Primer won; Tessa Day-Lewis and Dara Quinlan judged.');
-- a word that is no given name opening two full names is a brand before its products; a shared given name is not, nor a title's surname written first
SELECT extract_persons('Buyers compared Vorlex Kallisto with Vorlex Andara and Brenmoor Tavik, said Irma Castellanos. Jane Holt and Jane Pruitt agreed. King Norodom Sihanouk met Prince Norodom Ranariddh.');
-- a middle word of a name is a name, not a common word ("Sarah Jessica Parker" stays)
SELECT extract_persons('Our pick: Hollis Simply Brew for mornings, and Kessler Makes Coffee quickly; Sarah Jessica Parker agreed.');
