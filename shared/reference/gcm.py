"""The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration, titled as in
the Compact itself (General Assembly resolution 73/195) in English, Spanish and French."""

# The French titles use the typographic apostrophe (U+2019), as the Compact's French text does.
# ruff: noqa: RUF001

from __future__ import annotations

GCM_OBJECTIVES: range = range(1, 24)

_EN: dict[int, str] = {
    1: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    2: "Minimize the adverse drivers and structural factors that compel people to leave their "
    "country of origin",
    3: "Provide accurate and timely information at all stages of migration",
    4: "Ensure that all migrants have proof of legal identity and adequate documentation",
    5: "Enhance availability and flexibility of pathways for regular migration",
    6: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    7: "Address and reduce vulnerabilities in migration",
    8: "Save lives and establish coordinated international efforts on missing migrants",
    9: "Strengthen the transnational response to smuggling of migrants",
    10: "Prevent, combat and eradicate trafficking in persons in the context of international "
    "migration",
    11: "Manage borders in an integrated, secure and coordinated manner",
    12: "Strengthen certainty and predictability in migration procedures for appropriate "
    "screening, assessment and referral",
    13: "Use migration detention only as a measure of last resort and work towards alternatives",
    14: "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    15: "Provide access to basic services for migrants",
    16: "Empower migrants and societies to realize full inclusion and social cohesion",
    17: "Eliminate all forms of discrimination and promote evidence-based public discourse to "
    "shape perceptions of migration",
    18: "Invest in skills development and facilitate mutual recognition of skills, qualifications "
    "and competences",
    19: "Create conditions for migrants and diasporas to fully contribute to sustainable "
    "development in all countries",
    20: "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion "
    "of migrants",
    21: "Cooperate in facilitating safe and dignified return and readmission, as well as "
    "sustainable reintegration",
    22: "Establish mechanisms for the portability of social security entitlements and earned "
    "benefits",
    23: "Strengthen international cooperation and global partnerships for safe, orderly and "
    "regular migration",
}

_ES: dict[int, str] = {
    1: "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
    2: "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar "
    "su país de origen",
    3: "Proporcionar información exacta y oportuna en todas las etapas de la migración",
    4: "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y "
    "documentación adecuada",
    5: "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
    6: "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que "
    "garantizan el trabajo decente",
    7: "Abordar y reducir las vulnerabilidades en la migración",
    8: "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes "
    "desaparecidos",
    9: "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
    10: "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración "
    "internacional",
    11: "Gestionar las fronteras de manera integrada, segura y coordinada",
    12: "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la "
    "adecuada verificación de antecedentes, evaluación y derivación",
    13: "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas",
    14: "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo "
    "migratorio",
    15: "Proporcionar a los migrantes acceso a servicios básicos",
    16: "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la "
    "cohesión social",
    17: "Eliminar todas las formas de discriminación y promover un discurso público con base "
    "empírica para modificar las percepciones de la migración",
    18: "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de "
    "aptitudes, cualificaciones y competencias",
    19: "Crear las condiciones necesarias para que los migrantes y las diásporas puedan "
    "contribuir plenamente al desarrollo sostenible en todos los países",
    20: "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la "
    "inclusión financiera de los migrantes",
    21: "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y "
    "dignidad, así como la reintegración sostenible",
    22: "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones "
    "adquiridas",
    23: "Fortalecer la cooperación internacional y las alianzas mundiales para la migración "
    "segura, ordenada y regular",
}

_FR: dict[int, str] = {
    1: "Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration "
    "de politiques fondées sur la connaissance des faits",
    2: "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des "
    "personnes à quitter leur pays d’origine",
    3: "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la "
    "migration",
    4: "Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats",
    5: "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
    6: "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions "
    "d’un travail décent",
    7: "S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
    8: "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver "
    "les migrants disparus",
    9: "Renforcer l’action transnationale face au trafic de migrants",
    10: "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations "
    "internationales",
    11: "Gérer les frontières de manière intégrée, sûre et coordonnée",
    12: "Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour "
    "assurer des contrôles, des évaluations et une orientation appropriés",
    13: "Ne recourir au placement en rétention administrative des migrants qu’en dernier "
    "ressort et chercher des solutions de rechange",
    14: "Renforcer la protection, l’assistance et la coopération consulaires tout au long du "
    "cycle migratoire",
    15: "Assurer l’accès des migrants aux services de base",
    16: "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de "
    "la cohésion sociale",
    17: "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur "
    "l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues",
    18: "Investir dans le perfectionnement des compétences et faciliter la reconnaissance "
    "mutuelle des aptitudes, qualifications et compétences",
    19: "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement "
    "au développement durable dans tous les pays",
    20: "Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser "
    "l’inclusion financière des migrants",
    21: "Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité "
    "et dignité, ainsi que leur réintégration durable",
    22: "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des "
    "avantages acquis",
    23: "Renforcer la coopération internationale et les partenariats mondiaux pour des "
    "migrations sûres, ordonnées et régulières",
}

GCM_OBJECTIVE_TITLES_BY_LANGUAGE: dict[str, dict[int, str]] = {"en": _EN, "es": _ES, "fr": _FR}

# The English titles alone, for callers that predate the other languages.
GCM_OBJECTIVE_TITLES: dict[int, str] = _EN


def objective_titles(number: int) -> dict[str, str]:
    """One objective's title in every language, keyed by BCP 47 language tag."""
    return {
        language: titles[number] for language, titles in GCM_OBJECTIVE_TITLES_BY_LANGUAGE.items()
    }
