package org.gcm.benchmarks;

import java.util.Map;

/**
 * The phrases the synthetic practices are assembled from, per original language: a title is an opening, a subject
 * and an audience; a summary and a body are sentences. English, French and Spanish have the most (most items are
 * in them), Russian, Arabic and Chinese a few. The lists are the ones knowledge-platform's SyntheticCatalogue used,
 * unchanged, so that a search for "migrant workers" matches as much of the catalogue as it did.
 */
final class PracticePhrases {

    record Phrases(String[] openings, String[] subjects, String[] audiences, String[] sentences) {
    }

    private static final Map<String, Phrases> BY_LANGUAGE = Map.of(
            "en", new Phrases(
                    new String[] {"Community-based", "National", "Municipal", "Regional", "Digital", "Gender-responsive", "Rights-based", "Cross-border"},
                    new String[] {"reintegration programme", "recruitment monitoring", "information centres", "skills partnership", "data platform",
                            "legal aid service", "remittance scheme", "health outreach", "labour mobility agreement", "consular assistance"},
                    new String[] {"for returning migrants", "for migrant workers", "for unaccompanied children", "for women domestic workers",
                            "for displaced families", "for seasonal workers", "for diaspora investors", "for victims of trafficking"},
                    new String[] {"The project trained officials and social workers.", "Migrants received counselling before departure.",
                            "Employers committed to fair recruitment without fees.", "Local authorities coordinated services in one place.",
                            "A hotline answered complaints and referred cases.", "Data were disaggregated by sex, age and migratory status.",
                            "Remittances were channelled into savings and housing.", "Children were referred to guardianship within days.",
                            "Evaluation showed better access to decent work.", "Climate-related displacement was addressed through planned relocation."}),
            "fr", new Phrases(
                    new String[] {"Dispositif communautaire de", "Programme national de", "Service municipal de", "Plateforme régionale de", "Initiative numérique de"},
                    new String[] {"réintégration", "protection", "formation professionnelle", "transfert de fonds", "recrutement équitable", "accès aux soins"},
                    new String[] {"des migrants de retour", "des travailleurs migrants", "des enfants non accompagnés", "des travailleuses domestiques",
                            "des familles déplacées", "des travailleurs saisonniers"},
                    new String[] {"Les agents publics ont été formés.", "Les migrants ont reçu des conseils avant le départ.",
                            "Les employeurs se sont engagés à un recrutement sans frais.", "Les collectivités locales ont coordonné les services.",
                            "Une ligne d'assistance a traité les plaintes.", "Les données ont été ventilées par sexe et par âge."}),
            "es", new Phrases(
                    new String[] {"Programa comunitario de", "Estrategia nacional de", "Servicio municipal de", "Plataforma regional de", "Iniciativa digital de"},
                    new String[] {"reintegración", "protección", "formación profesional", "remesas", "contratación equitativa", "acceso a la salud"},
                    new String[] {"para personas migrantes retornadas", "para trabajadores migrantes", "para niñas y niños no acompañados",
                            "para trabajadoras domésticas", "para familias desplazadas", "para trabajadores temporales"},
                    new String[] {"Se capacitó a funcionarios y trabajadores sociales.", "Las personas migrantes recibieron orientación antes de partir.",
                            "Los empleadores se comprometieron con la contratación sin comisiones.", "Las autoridades locales coordinaron los servicios.",
                            "Una línea de ayuda atendió denuncias.", "Los datos se desagregaron por sexo y edad."}),
            "ru", new Phrases(
                    new String[] {"Национальная программа", "Региональная инициатива", "Муниципальная служба"},
                    new String[] {"реинтеграции", "защиты", "профессиональной подготовки", "денежных переводов"},
                    new String[] {"трудовых мигрантов", "возвращающихся мигрантов", "несопровождаемых детей"},
                    new String[] {"Были обучены социальные работники.", "Мигранты получили консультации до отъезда.", "Работодатели обязались не взимать сборы."}),
            "ar", new Phrases(
                    new String[] {"برنامج وطني", "مبادرة إقليمية", "خدمة بلدية"},
                    new String[] {"لإعادة إدماج", "لحماية", "لتدريب", "للتحويلات المالية"},
                    new String[] {"العمال المهاجرين", "المهاجرين العائدين", "الأطفال غير المصحوبين"},
                    new String[] {"تم تدريب الأخصائيين الاجتماعيين.", "تلقى المهاجرون المشورة قبل المغادرة.", "التزم أصحاب العمل بالتوظيف العادل."}),
            "zh", new Phrases(
                    new String[] {"国家", "区域", "社区"},
                    new String[] {"重返社会方案", "保护服务", "技能培训", "汇款计划"},
                    new String[] {"面向移徙工人", "面向返回移民", "面向无人陪伴儿童"},
                    new String[] {"培训了社会工作者。", "移民在出发前获得了咨询。", "雇主承诺公平招聘。"}));

    private PracticePhrases() {
    }

    /** The phrases of one of the six UN languages ({@code en}, {@code fr}, {@code es}, {@code ru}, {@code ar}, {@code zh}). */
    static Phrases of(String language) {
        Phrases phrases = BY_LANGUAGE.get(language);
        if (phrases == null) {
            throw new IllegalArgumentException("No phrases in " + language);
        }
        return phrases;
    }
}
