package id.go.mojokertokab.asiek.participant;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily purge of personal data whose retention has ended ({@link PersonalData}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
