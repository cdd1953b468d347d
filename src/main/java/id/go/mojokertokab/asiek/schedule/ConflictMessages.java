package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.schedule.Conflict.Booked;
import id.go.mojokertokab.asiek.schedule.Conflict.Holiday;
import id.go.mojokertokab.asiek.schedule.Conflict.InThePast;
import id.go.mojokertokab.asiek.schedule.Conflict.MoreThanOwned;
import id.go.mojokertokab.asiek.schedule.Conflict.NotAWorkingDay;
import id.go.mojokertokab.asiek.schedule.Conflict.OutsideOfficeHours;
import id.go.mojokertokab.asiek.schedule.Conflict.SpeakerBusy;
import id.go.mojokertokab.asiek.schedule.Conflict.TakenMeanwhile;
import id.go.mojokertokab.asiek.schedule.Conflict.TooFewSeats;
import id.go.mojokertokab.asiek.schedule.Conflict.UnitsTaken;
import id.go.mojokertokab.asiek.schedule.Conflict.UnknownResource;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The Indonesian sentences about conflicts and the proposed free slot, for the analyst's form (Markdown) and for /api
 * (plain text). Every value that staff typed or the office named (booking titles, resource names, holiday names,
 * unknown ids) passes through one operator: {@link Markdown#escape} for forms, so that a title cannot become a link.
 */
public final class ConflictMessages {

  private final IndonesianDates dates;
  private final UnaryOperator<String> value;

  private ConflictMessages(ZoneId zone, UnaryOperator<String> value) {
    this.dates = new IndonesianDates(zone);
    this.value = value;
  }

  /** Sentences as plain text, e.g. for a JSON answer. */
  public static ConflictMessages plain(ZoneId zone) {
    return new ConflictMessages(zone, UnaryOperator.identity());
  }

  /** Sentences to insert into the Markdown of a form's text. */
  public static ConflictMessages markdown(ZoneId zone) {
    return new ConflictMessages(zone, Markdown::escape);
  }

  public String sentence(Conflict conflict) {
    if (conflict instanceof UnknownResource c) {
      return "Sumber daya \"" + value.apply(c.resourceId()) + "\" tidak dikenal atau tidak aktif.";
    }
    if (conflict instanceof MoreThanOwned c) {
      return name(c.resource()) + ": diminta " + c.requested() + ", padahal dinas hanya memiliki " + c.resource().quantity() + ".";
    }
    if (conflict instanceof TooFewSeats c) {
      return name(c.room()) + " hanya memuat " + c.room().seats() + " orang, sedangkan kapasitas peserta " + c.participants() + " orang.";
    }
    if (conflict instanceof InThePast c) {
      return sessionOn(c.session()) + " sudah lewat.";
    }
    if (conflict instanceof Holiday c) {
      return sessionOn(c.session()) + " jatuh pada hari libur (" + value.apply(c.name()) + ").";
    }
    if (conflict instanceof NotAWorkingDay c) {
      return sessionOn(c.session()) + " jatuh pada hari yang bukan hari kerja.";
    }
    if (conflict instanceof OutsideOfficeHours c) {
      return sessionOn(c.session()) + " berada di luar jam kantor (" + IndonesianDates.time(c.opens()) + "–"
          + IndonesianDates.time(c.closes()) + ").";
    }
    if (conflict instanceof SpeakerBusy c) {
      return "Narasumber " + name(c.speaker()) + " sudah dijadwalkan untuk " + title(c.holder()) + " pada "
          + period(c.holder()) + ", bentrok dengan sesi " + c.session().type().label() + ".";
    }
    if (conflict instanceof Booked c) {
      String buffer = c.resource().bufferMinutes() > 0
          ? " (termasuk waktu persiapan dan pembersihan " + c.resource().bufferMinutes() + " menit)" : "";
      return name(c.resource()) + " sudah dipakai untuk " + title(c.holder()) + " pada " + period(c.holder()) + buffer
          + ", bentrok dengan sesi " + sessionAt(c.session()) + ".";
    }
    if (conflict instanceof UnitsTaken c) {
      Set<String> users = new LinkedHashSet<>();
      c.holders().forEach(hold -> users.add(title(hold) + " (" + period(hold) + ")"));
      return name(c.resource()) + ": diminta " + c.requested() + ", tersedia " + c.free() + " dari " + c.resource().quantity()
          + " untuk sesi " + sessionAt(c.session()) + "; sedang dipakai untuk " + String.join(", ", users) + ".";
    }
    if (conflict instanceof TakenMeanwhile) {
      return "Sumber daya yang diminta baru saja dipesan oleh kegiatan lain pada saat yang sama. Silakan periksa ulang jadwal.";
    }
    throw new IllegalArgumentException("No sentence for " + conflict);
  }

  public List<String> sentences(List<Conflict> conflicts) {
    return conflicts.stream().map(this::sentence).toList();
  }

  /** A Markdown bullet list with every conflict. */
  public String report(List<Conflict> conflicts) {
    return conflicts.stream().map(c -> "- " + sentence(c)).collect(Collectors.joining("\n"));
  }

  /** The proposed shift of every session, or what to change when the search found none. */
  public String proposal(Optional<List<Session>> proposal) {
    return proposal.map(sessions -> "Usulan jadwal terdekat yang bebas bentrok, dengan jam dan sumber daya yang sama: "
            + sessions.stream().map(s -> s.type().label() + " " + dates.period(s.start(), s.end())).collect(Collectors.joining("; ")) + ".")
        .orElse("Tidak ditemukan jadwal bebas bentrok dalam " + FreeSlotSearch.WORKING_DAYS + " hari kerja dengan jam dan sumber daya "
            + "yang sama: mohon ubah jam, ruang, narasumber atau jumlah peralatan.");
  }

  private String sessionOn(Session session) {
    return "Sesi " + session.type().label() + " pada " + dates.period(session.start(), session.end());
  }

  private String sessionAt(Session session) {
    return session.type().label() + " " + dates.period(session.start(), session.end());
  }

  private String name(Resource resource) {
    return value.apply(resource.name());
  }

  private String title(Hold hold) {
    return "\"" + value.apply(hold.title()) + "\"";
  }

  private String period(Hold hold) {
    return dates.period(hold.start(), hold.end());
  }
}
