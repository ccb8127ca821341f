// Content of the article "Vooruitblik seminar De Veilige Gemeente" (29 april 2021).
// Every fact below comes from that article, in its own words where it describes something.
// Properties the article does not give (url, startedOn, contactRole, names of hotspots) are left out.
// MERGE on the id, then SET, so this file applies cleanly to a graph that already holds part of it.

// ---------------------------------------------------------------------------------------------
// Source
// ---------------------------------------------------------------------------------------------

MERGE (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
SET src.title = 'Vooruitblik seminar De Veilige Gemeente',
    src.publishedOn = date('2021-04-29'),
    src.kind = 'ARTICLE';

// ---------------------------------------------------------------------------------------------
// Themes
// ---------------------------------------------------------------------------------------------

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'ondermijning'})
SET t.name = 'Ondermijning',
    t.description = 'Ondermijnende georganiseerde criminaliteit. De aanpak van ondermijnende georganiseerde criminaliteit staat in het integraal veiligheidsbeleid van iedere gemeente met stip op een. Naast een criminaliteitsprobleem is ondermijning namelijk ook een (sociaal) maatschappelijk probleem. De gevolgen van ondermijning zijn groot voor de veiligheid en leefbaarheid in de buurt. Ondermijning is onzichtbaar en veelzijdig van aard en dit maakt het zo complex.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'preventie'})
SET t.name = 'Preventie',
    t.description = 'De preventieve aanpak van ondermijnende georganiseerde criminaliteit. Het keren van deze ontwikkeling vraagt om een integrale aanpak met de nadruk op preventie om de weerbaarheid van de buurt en haar bewoners te bevorderen en tegelijkertijd de voedingsbodem voor ondermijning te reduceren.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'leefbaarheid'})
SET t.name = 'Leefbaarheid',
    t.description = 'De leefbaarheid van de omgeving. De gevolgen van ondermijning zijn groot voor de veiligheid en leefbaarheid in de buurt.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'veiligheid'})
SET t.name = 'Veiligheid',
    t.description = 'De veiligheid in de buurt. De gevolgen van ondermijning zijn groot voor de veiligheid en leefbaarheid in de buurt.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'weerbaarheid'})
SET t.name = 'Weerbaarheid',
    t.description = 'De weerbaarheid van de buurt en haar bewoners, te bevorderen met een integrale aanpak met de nadruk op preventie.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'kwetsbare-buurten'})
SET t.name = 'Kwetsbare buurten',
    t.description = 'Verschillende buurten in Nederland staan op het kantelpunt om af te glijden waarbij het welzijn van de bewoners, de leefbaarheid van de omgeving en/of de veiligheid in het gedrang kunnen komen. Door een opeenstapeling van sociale en economische problematiek in kwetsbare buurten, kan een voedingsbodem voor ondermijning ontstaan.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'criminele-families'})
SET t.name = 'Criminele families',
    t.description = 'De aanpak van criminele families en van criminaliteit die generatie op generatie wordt doorgegeven: voorkomen dat er een nieuwe generatie criminelen ontstaat en dat kinderen op jonge leeftijd in de criminaliteit verstrikt raken.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'jeugdoverlast'})
SET t.name = 'Jeugdoverlast',
    t.description = 'Jeugdoverlast op bepaalde hotspots. Het gebied Oud-Oost bestaat uit verschillende buurten waar er overlast is op bepaalde hotspots. Het gaat ondermeer om jeugdoverlast en drugscriminaliteit.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'drugscriminaliteit'})
SET t.name = 'Drugscriminaliteit',
    t.description = 'Drugscriminaliteit op bepaalde hotspots. Het gebied Oud-Oost bestaat uit verschillende buurten waar er overlast is op bepaalde hotspots. Het gaat ondermeer om jeugdoverlast en drugscriminaliteit.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'overlast-en-onveiligheid'})
SET t.name = 'Overlast en onveiligheid',
    t.description = 'Door bewoners en ondernemers ervaren overlast, onveiligheid en criminaliteit.'
MERGE (t)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (t:Theme {id: 'integrale-aanpak'})
SET t.name = 'Integrale aanpak',
    t.description = 'De aanpak van ondermijnende georganiseerde criminaliteit staat in het integraal veiligheidsbeleid van iedere gemeente met stip op een. Het keren van deze ontwikkeling vraagt om een integrale aanpak met de nadruk op preventie om de weerbaarheid van de buurt en haar bewoners te bevorderen en tegelijkertijd de voedingsbodem voor ondermijning te reduceren.'
MERGE (t)-[:DESCRIBED_IN]->(src);

// ---------------------------------------------------------------------------------------------
// Target groups
// ---------------------------------------------------------------------------------------------

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (g:TargetGroup {id: 'kwetsbare-bewoners'})
SET g.name = 'Kwetsbare bewoners',
    g.description = 'In deze kwetsbare buurten misbruiken enkele bewoners hun woonomgeving voor hun eigen gewin door kwetsbare buurtbewoners hand- en spandiensten te laten verlenen voor criminele activiteiten. Dit is met name verleidelijk voor kwetsbare bewoners wanneer deelname aan criminele activiteiten meer kansen biedt op economische en sociale stijging dan hun reguliere werkzaamheden.'
MERGE (g)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (g:TargetGroup {id: 'kinderen'})
SET g.name = 'Kinderen',
    g.description = 'De focus van de aanpak is nu verlegd naar de kinderen om te voorkomen dat er straks een nieuwe generatie criminelen ontstaat.'
MERGE (g)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (g:TargetGroup {id: 'criminele-families'})
SET g.name = 'Criminele families',
    g.description = 'In Maastricht is er gekozen voor de aanpak van criminele families.'
MERGE (g)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (g:TargetGroup {id: 'bewoners'})
SET g.name = 'Bewoners',
    g.description = 'Door bewoners en ondernemers ervaren overlast, onveiligheid en criminaliteit.'
MERGE (g)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (g:TargetGroup {id: 'ondernemers'})
SET g.name = 'Ondernemers',
    g.description = 'Door bewoners en ondernemers ervaren overlast, onveiligheid en criminaliteit.'
MERGE (g)-[:DESCRIBED_IN]->(src);

// ---------------------------------------------------------------------------------------------
// Municipalities and areas
// ---------------------------------------------------------------------------------------------

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (m:Municipality {code: 'GM0935'})
SET m.name = 'Maastricht',
    m.province = 'Limburg'
MERGE (m)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (m:Municipality {code: 'GM0363'})
SET m.name = 'Amsterdam',
    m.province = 'Noord-Holland'
MERGE (m)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (m:Municipality {code: 'GM0363'})
MERGE (a:Area {id: 'amsterdam-stadsdeel-oost'})
SET a.name = 'Stadsdeel Oost',
    a.kind = 'DISTRICT'
MERGE (a)-[:PART_OF]->(m)
MERGE (a)-[:DESCRIBED_IN]->(src);

// Oud-Oost "bestaat uit verschillende buurten waar er overlast is op bepaalde hotspots":
// that description has no Area property, it is carried by the summary of the Amsterdam approach.
MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (d:Area {id: 'amsterdam-stadsdeel-oost'})
MERGE (a:Area {id: 'amsterdam-oud-oost'})
SET a.name = 'Oud-Oost',
    a.kind = 'NEIGHBOURHOOD'
MERGE (a)-[:PART_OF]->(d)
MERGE (a)-[:DESCRIBED_IN]->(src);

// ---------------------------------------------------------------------------------------------
// Organisations, seminar, speaker
// ---------------------------------------------------------------------------------------------

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (o:Organisation {id: 'haags-congres-bureau'})
SET o.name = 'Haags Congres Bureau',
    o.kind = 'EVENT_ORGANISER'
MERGE (o)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (o:Organisation {id: 'ront-management-consultants'})
SET o.name = 'RONT Management Consultants',
    o.kind = 'CONSULTANCY'
MERGE (o)-[:DESCRIBED_IN]->(src);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
SET s.title = 'De Veilige Gemeente',
    s.date = date('2021-06-09'),
    s.description = 'Het seminar staat in het teken van de preventieve aanpak van ondermijnende georganiseerde criminaliteit.'
MERGE (s)-[:DESCRIBED_IN]->(src);

// (Seminar)-[:ADDRESSES]->(Theme) is an addition to the domain of DESIGN.md.
MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MATCH (t1:Theme {id: 'ondermijning'})
MATCH (t2:Theme {id: 'preventie'})
MERGE (s)-[:ADDRESSES]->(t1)
MERGE (s)-[:ADDRESSES]->(t2);

MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MATCH (hcb:Organisation {id: 'haags-congres-bureau'})
MATCH (ront:Organisation {id: 'ront-management-consultants'})
MERGE (hcb)-[:ORGANISES]->(s)
MERGE (ront)-[:CONTRIBUTES_TO]->(s);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (ront:Organisation {id: 'ront-management-consultants'})
MERGE (p:Speaker {id: 'frank-van-summeren'})
SET p.name = 'Frank van Summeren',
    p.role = 'adviseur'
MERGE (p)-[:WORKS_FOR]->(ront)
MERGE (p)-[:DESCRIBED_IN]->(src);

// ---------------------------------------------------------------------------------------------
// Approaches
// ---------------------------------------------------------------------------------------------

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (m:Municipality {code: 'GM0935'})
MERGE (a:Approach {id: 'aanpak-criminele-families-maastricht'})
SET a.title = 'Aanpak van criminele families',
    a.summary = 'In Maastricht is er gekozen voor de aanpak van criminele families. De focus van de aanpak is nu verlegd naar de kinderen om te voorkomen dat er straks een nieuwe generatie criminelen ontstaat. Op deze manier probeert de gemeente Maastricht te voorkomen dat criminaliteit generatie op generatie wordt doorgeven en dat kinderen op jonge leeftijd in de criminaliteit verstrikt raken.',
    a.results = 'Deze Maastrichtse aanpak heeft de voorbije jaren zijn vruchten afgeworpen. De personen die verantwoordelijk waren voor een groot deel van de criminaliteit zijn aangepakt en de veiligheid in de wijken is teruggekeerd.',
    a.kind = 'FAMILY_ORIENTED',
    a.status = 'ACTIVE',
    a.evidenceLevel = 'NOT_ASSESSED',
    a.version = 1,
    a.createdAt = datetime('2021-04-29T00:00:00Z'),
    a.updatedAt = datetime('2021-04-29T00:00:00Z')
MERGE (m)-[:RUNS]->(a)
MERGE (a)-[:DESCRIBED_IN]->(src);

MATCH (a:Approach {id: 'aanpak-criminele-families-maastricht'})
MATCH (t1:Theme {id: 'ondermijning'})
MATCH (t2:Theme {id: 'preventie'})
MATCH (t3:Theme {id: 'criminele-families'})
MATCH (t4:Theme {id: 'veiligheid'})
MERGE (a)-[:ADDRESSES]->(t1)
MERGE (a)-[:ADDRESSES]->(t2)
MERGE (a)-[:ADDRESSES]->(t3)
MERGE (a)-[:ADDRESSES]->(t4);

MATCH (a:Approach {id: 'aanpak-criminele-families-maastricht'})
MATCH (g1:TargetGroup {id: 'criminele-families'})
MATCH (g2:TargetGroup {id: 'kinderen'})
MERGE (a)-[:AIMS_AT]->(g1)
MERGE (a)-[:AIMS_AT]->(g2);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (m:Municipality {code: 'GM0363'})
MATCH (area:Area {id: 'amsterdam-oud-oost'})
MERGE (a:Approach {id: 'locatiegerichte-aanpak-amsterdam-oost'})
SET a.title = 'Locatiegerichte aanpak van overlast en onveiligheid in Oud-Oost',
    a.summary = 'In de gemeente Amsterdam Stadsdeel Oost is er gekozen voor een locatiegerichte aanpak van overlast en onveiligheid. Het gebied Oud-Oost bestaat uit verschillende buurten waar er overlast is op bepaalde hotspots. Het gaat ondermeer om jeugdoverlast en drugscriminaliteit. Om bij te dragen aan het verminderen van door bewoners en ondernemers ervaren overlast, onveiligheid en criminaliteit is stadsdeel Oost van de gemeente Amsterdam een nieuwe werkwijze gestart. De locaties met hardnekkige overlast zijn in beeld gebracht en er wordt per plek bekeken wat nodig is om die terug te dringen en proberen dit zo snel mogelijk te realiseren.',
    a.kind = 'LOCATION_ORIENTED',
    a.status = 'ACTIVE',
    a.evidenceLevel = 'NOT_ASSESSED',
    a.version = 1,
    a.createdAt = datetime('2021-04-29T00:00:00Z'),
    a.updatedAt = datetime('2021-04-29T00:00:00Z')
MERGE (m)-[:RUNS]->(a)
MERGE (a)-[:TARGETS_AREA]->(area)
MERGE (a)-[:DESCRIBED_IN]->(src);

MATCH (a:Approach {id: 'locatiegerichte-aanpak-amsterdam-oost'})
MATCH (t1:Theme {id: 'ondermijning'})
MATCH (t2:Theme {id: 'preventie'})
MATCH (t3:Theme {id: 'overlast-en-onveiligheid'})
MATCH (t4:Theme {id: 'jeugdoverlast'})
MATCH (t5:Theme {id: 'drugscriminaliteit'})
MERGE (a)-[:ADDRESSES]->(t1)
MERGE (a)-[:ADDRESSES]->(t2)
MERGE (a)-[:ADDRESSES]->(t3)
MERGE (a)-[:ADDRESSES]->(t4)
MERGE (a)-[:ADDRESSES]->(t5);

MATCH (a:Approach {id: 'locatiegerichte-aanpak-amsterdam-oost'})
MATCH (g1:TargetGroup {id: 'bewoners'})
MATCH (g2:TargetGroup {id: 'ondernemers'})
MERGE (a)-[:AIMS_AT]->(g1)
MERGE (a)-[:AIMS_AT]->(g2);

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

// This session stands for the contribution RONT Management Consultants announced for the
// seminar: the article names Frank van Summeren as RONT's speaker, not the topic of his talk.
MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MATCH (p:Speaker {id: 'frank-van-summeren'})
MERGE (x:Session {id: 'bijdrage-ront-management-consultants'})
SET x.title = 'Bijdrage van RONT Management Consultants',
    x.abstract = 'Op 9 juni 2021 vindt het seminar De Veilige Gemeente plaats dat wordt georganiseerd door het Haags Congres Bureau en waar RONT Management Consultants een bijdrage aan mag leveren. Frank van Summeren, adviseur bij RONT Management Consultants en spreker op het seminar De Veilige Gemeenten.'
MERGE (x)-[:PART_OF]->(s)
MERGE (p)-[:PRESENTS]->(x)
MERGE (x)-[:DESCRIBED_IN]->(src);

MATCH (x:Session {id: 'bijdrage-ront-management-consultants'})
MATCH (t1:Theme {id: 'ondermijning'})
MATCH (t2:Theme {id: 'preventie'})
MERGE (x)-[:COVERS]->(t1)
MERGE (x)-[:COVERS]->(t2);

// The two practice examples ("verschillende praktijkvoorbeelden komen aan bod"). The article
// names no presenter for them.
MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MERGE (x:Session {id: 'praktijkvoorbeeld-maastricht-criminele-families'})
SET x.title = 'Praktijkvoorbeeld Maastricht: aanpak van criminele families',
    x.abstract = 'Op het seminar De Veilige Gemeente komen verschillende praktijkvoorbeelden aan bod hoe concreet invulling kan worden gegeven aan een preventieve aanpak van ondermijnende georganiseerde criminaliteit. In Maastricht is er gekozen voor de aanpak van criminele families.'
MERGE (x)-[:PART_OF]->(s)
MERGE (x)-[:DESCRIBED_IN]->(src);

MATCH (x:Session {id: 'praktijkvoorbeeld-maastricht-criminele-families'})
MATCH (a:Approach {id: 'aanpak-criminele-families-maastricht'})
MATCH (t1:Theme {id: 'ondermijning'})
MATCH (t2:Theme {id: 'preventie'})
MATCH (t3:Theme {id: 'criminele-families'})
MATCH (t4:Theme {id: 'veiligheid'})
MERGE (x)-[:COVERS]->(a)
MERGE (x)-[:COVERS]->(t1)
MERGE (x)-[:COVERS]->(t2)
MERGE (x)-[:COVERS]->(t3)
MERGE (x)-[:COVERS]->(t4);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MERGE (x:Session {id: 'praktijkvoorbeeld-amsterdam-oost-locatiegerichte-aanpak'})
SET x.title = 'Praktijkvoorbeeld Amsterdam Stadsdeel Oost: locatiegerichte aanpak',
    x.abstract = 'Op het seminar De Veilige Gemeente komen verschillende praktijkvoorbeelden aan bod hoe concreet invulling kan worden gegeven aan een preventieve aanpak van ondermijnende georganiseerde criminaliteit. In de gemeente Amsterdam Stadsdeel Oost is er gekozen voor een locatiegerichte aanpak van overlast en onveiligheid.'
MERGE (x)-[:PART_OF]->(s)
MERGE (x)-[:DESCRIBED_IN]->(src);

MATCH (x:Session {id: 'praktijkvoorbeeld-amsterdam-oost-locatiegerichte-aanpak'})
MATCH (a:Approach {id: 'locatiegerichte-aanpak-amsterdam-oost'})
MATCH (t1:Theme {id: 'ondermijning'})
MATCH (t2:Theme {id: 'preventie'})
MATCH (t3:Theme {id: 'overlast-en-onveiligheid'})
MATCH (t4:Theme {id: 'jeugdoverlast'})
MATCH (t5:Theme {id: 'drugscriminaliteit'})
MERGE (x)-[:COVERS]->(a)
MERGE (x)-[:COVERS]->(t1)
MERGE (x)-[:COVERS]->(t2)
MERGE (x)-[:COVERS]->(t3)
MERGE (x)-[:COVERS]->(t4)
MERGE (x)-[:COVERS]->(t5);

// ---------------------------------------------------------------------------------------------
// Practices ("Kennis en ervaringen delen")
// ---------------------------------------------------------------------------------------------

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (pr:Practice {id: 'kennis-en-ervaringen-maastricht'})
SET pr.title = 'Kennis en ervaringen van de gemeente Maastricht met de aanpak van criminele families',
    pr.description = 'Op het seminar De Veilige Gemeente worden de opgedane kennis en ervaringen van ondermeer de gemeente Maastricht en de gemeente Amsterdam met de preventieve aanpak van ondermijnende georganiseerde criminaliteit gedeeld zodat veiligheidsprofessionals in andere gemeenten hier hun voordeel mee kunnen doen.',
    pr.lessons = 'Deze Maastrichtse aanpak heeft de voorbije jaren zijn vruchten afgeworpen. De personen die verantwoordelijk waren voor een groot deel van de criminaliteit zijn aangepakt en de veiligheid in de wijken is teruggekeerd. De focus van de aanpak is nu verlegd naar de kinderen om te voorkomen dat er straks een nieuwe generatie criminelen ontstaat.',
    pr.version = 1,
    pr.createdAt = datetime('2021-04-29T00:00:00Z'),
    pr.updatedAt = datetime('2021-04-29T00:00:00Z')
MERGE (pr)-[:DESCRIBED_IN]->(src);

MATCH (pr:Practice {id: 'kennis-en-ervaringen-maastricht'})
MATCH (m:Municipality {code: 'GM0935'})
MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MATCH (a:Approach {id: 'aanpak-criminele-families-maastricht'})
MERGE (pr)-[:SHARED_BY]->(m)
MERGE (pr)-[:SHARED_AT]->(s)
MERGE (pr)-[:DERIVED_FROM]->(a);

MATCH (src:Source {id: 'vooruitblik-seminar-de-veilige-gemeente'})
MERGE (pr:Practice {id: 'kennis-en-ervaringen-amsterdam'})
SET pr.title = 'Kennis en ervaringen van de gemeente Amsterdam met de locatiegerichte aanpak in Stadsdeel Oost',
    pr.description = 'Op het seminar De Veilige Gemeente worden de opgedane kennis en ervaringen van ondermeer de gemeente Maastricht en de gemeente Amsterdam met de preventieve aanpak van ondermijnende georganiseerde criminaliteit gedeeld zodat veiligheidsprofessionals in andere gemeenten hier hun voordeel mee kunnen doen.',
    pr.lessons = 'De locaties met hardnekkige overlast zijn in beeld gebracht en er wordt per plek bekeken wat nodig is om die terug te dringen en proberen dit zo snel mogelijk te realiseren.',
    pr.version = 1,
    pr.createdAt = datetime('2021-04-29T00:00:00Z'),
    pr.updatedAt = datetime('2021-04-29T00:00:00Z')
MERGE (pr)-[:DESCRIBED_IN]->(src);

MATCH (pr:Practice {id: 'kennis-en-ervaringen-amsterdam'})
MATCH (m:Municipality {code: 'GM0363'})
MATCH (s:Seminar {id: 'seminar-de-veilige-gemeente-2021'})
MATCH (a:Approach {id: 'locatiegerichte-aanpak-amsterdam-oost'})
MERGE (pr)-[:SHARED_BY]->(m)
MERGE (pr)-[:SHARED_AT]->(s)
MERGE (pr)-[:DERIVED_FROM]->(a);
