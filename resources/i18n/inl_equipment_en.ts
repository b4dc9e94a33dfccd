<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Audit</name>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (and %n more problem)</numerusform>
                <numerusform>{problem} (and %n more problems)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <source>Edit %n selected item(s)</source>
            <translation>
                <numerusform>Edit %n selected item</numerusform>
                <numerusform>Edit %n selected items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n item(s)</source>
            <translation>
                <numerusform>&amp;Apply to %n item</numerusform>
                <numerusform>&amp;Apply to %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change %n item(s)? Each one that changes gets its own entry in its history.</source>
            <translation>
                <numerusform>Change %n item? Each one that changes gets its own entry in its history.</numerusform>
                <numerusform>Change %n items? Each one that changes gets its own entry in its history.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message numerus="yes">
            <source>%n file(s) written:</source>
            <translation>
                <numerusform>%n file written:</numerusform>
                <numerusform>%n files written:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistImportDialog</name>
        <message numerus="yes">
            <source>%n problem(s) in the sheet (in red below). Correct the sheet and read it again: nothing is imported while any remains.</source>
            <translation>
                <numerusform>%n problem in the sheet (in red below). Correct the sheet and read it again: nothing is imported while any remains.</numerusform>
                <numerusform>%n problems in the sheet (in red below). Correct the sheet and read it again: nothing is imported while any remains.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Site {site} · checked on {date} · %n item(s)</source>
            <translation>
                <numerusform>Site {site} · checked on {date} · %n item</numerusform>
                <numerusform>Site {site} · checked on {date} · %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed item(s) had no result on the sheet. They will be recorded as not seen. Import the checklist?</source>
            <translation>
                <numerusform>%n listed item had no result on the sheet. They will be recorded as not seen. Import the checklist?</numerusform>
                <numerusform>%n listed items had no result on the sheet. They will be recorded as not seen. Import the checklist?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Custody</name>
        <message numerus="yes">
            <source>%n handed-over item(s) on more than one live receipt: {tags}</source>
            <translation>
                <numerusform>%n handed-over item on more than one live receipt: {tags}</numerusform>
                <numerusform>%n handed-over items on more than one live receipt: {tags}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n handed-over item(s) on no live receipt: {tags}</source>
            <translation>
                <numerusform>%n handed-over item on no live receipt: {tags}</numerusform>
                <numerusform>%n handed-over items on no live receipt: {tags}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n handed-over item(s) not with the unit or at the place their receipt names: {tags}</source>
            <translation>
                <numerusform>%n handed-over item not with the unit or at the place their receipt names: {tags}</numerusform>
                <numerusform>%n handed-over items not with the unit or at the place their receipt names: {tags}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <source>Lost, stolen, destroyed or disposed of: {count} item(s), {value}</source>
            <translation>
                <numerusform>Lost, stolen, destroyed or disposed of: {count} item, {value}</numerusform>
                <numerusform>Lost, stolen, destroyed or disposed of: {count} items, {value}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DueChecksWindow</name>
        <message numerus="yes">
            <source>%n item(s) due</source>
            <translation>
                <numerusform>%n item due</numerusform>
                <numerusform>%n items due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n more cell(s) continue on sheet {sheet}.</source>
            <translation>
                <numerusform>%n more cell continue on sheet {sheet}.</numerusform>
                <numerusform>%n more cells continue on sheet {sheet}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>The table as shown ({count} item(s), with its search, filters, sort and columns)</source>
            <translation>
                <numerusform>The table as shown ({count} item, with its search, filters, sort and columns)</numerusform>
                <numerusform>The table as shown ({count} items, with its search, filters, sort and columns)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} item(s) to
{path}</source>
            <translation>
                <numerusform>Exported {count} item to
{path}</numerusform>
                <numerusform>Exported {count} items to
{path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FormErrors</name>
        <message numerus="yes">
            <source>%n field(s) need attention before saving.</source>
            <translation>
                <numerusform>%n field needs attention before saving.</numerusform>
                <numerusform>%n fields need attention before saving.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverDetailsPane</name>
        <message numerus="yes">
            <source>%n item(s) · {total} · issued by {operator}</source>
            <translation>
                <numerusform>%n item · {total} · issued by {operator}</numerusform>
                <numerusform>%n items · {total} · issued by {operator}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message numerus="yes">
            <source>%n item(s) on the list will not be handed over. Discard the form?</source>
            <translation>
                <numerusform>%n item on the list will not be handed over. Discard the form?</numerusform>
                <numerusform>%n items on the list will not be handed over. Discard the form?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverLinesModel</name>
        <message numerus="yes">
            <source>%n item(s) · total value {total}</source>
            <translation>
                <numerusform>%n item · total value {total}</numerusform>
                <numerusform>%n items · total value {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handovers</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoversView</name>
        <message numerus="yes">
            <source>%n handover(s)</source>
            <translation>
                <numerusform>%n handover</numerusform>
                <numerusform>%n handovers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>{count} row(s) with errors: fix the file, or choose to import only the valid rows.</source>
            <translation>
                <numerusform>{count} row with errors: fix the file, or choose to import only the valid rows.</numerusform>
                <numerusform>{count} rows with errors: fix the file, or choose to import only the valid rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} asset tag(s) are already in the register; with 'stop on duplicates' nothing is imported.</source>
            <translation>
                <numerusform>{count} asset tag is already in the register; with 'stop on duplicates' nothing is imported.</numerusform>
                <numerusform>{count} asset tags are already in the register; with 'stop on duplicates' nothing is imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} byte(s)</source>
            <translation>
                <numerusform>{count} byte</numerusform>
                <numerusform>{count} bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n title row(s) above the header (row {row}).</source>
            <translation>
                <numerusform>Skipped %n title row above the header (row {row}).</numerusform>
                <numerusform>Skipped %n title rows above the header (row {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) have cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</source>
            <translation>
                <numerusform>{count} row has cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</numerusform>
                <numerusform>{count} rows have cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repaired {count} cell(s) garbled by an earlier conversion ('Ã©' for 'é').</source>
            <translation>
                <numerusform>Repaired {count} cell garbled by an earlier conversion ('Ã©' for 'é').</numerusform>
                <numerusform>Repaired {count} cells garbled by an earlier conversion ('Ã©' for 'é').</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>Checking {count} row(s) against the register…</source>
            <translation>
                <numerusform>Checking {count} row against the register…</numerusform>
                <numerusform>Checking {count} rows against the register…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing {count} item(s)…</source>
            <translation>
                <numerusform>Importing {count} item…</numerusform>
                <numerusform>Importing {count} items…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentsWindow</name>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message numerus="yes">
            <source>{count} label(s)</source>
            <translation>
                <numerusform>{count} label</numerusform>
                <numerusform>{count} labels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabelsFeature</name>
        <message numerus="yes">
            <source>{count} selected item(s)</source>
            <translation>
                <numerusform>{count} selected item</numerusform>
                <numerusform>{count} selected items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the {count} item(s) the table shows</source>
            <translation>
                <numerusform>the {count} item the table shows</numerusform>
                <numerusform>the {count} items the table shows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message numerus="yes">
            <source>{count} row(s)</source>
            <translation>
                <numerusform>{count} row</numerusform>
                <numerusform>{count} rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} column(s)</source>
            <translation>
                <numerusform>{count} column</numerusform>
                <numerusform>{count} columns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MultiChoice</name>
        <message numerus="yes">
            <source>%n value(s) chosen</source>
            <translation>
                <numerusform>%n value chosen</numerusform>
                <numerusform>%n values chosen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>{count} categories</source>
            <translation>
                <numerusform>{count} category</numerusform>
                <numerusform>{count} categories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation>
                <numerusform>{count} agency</numerusform>
                <numerusform>{count} agencies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation>
                <numerusform>{count} location</numerusform>
                <numerusform>{count} locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} funding source(s)</source>
            <translation>
                <numerusform>{count} funding source</numerusform>
                <numerusform>{count} funding sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) with errors saved to {name}.</source>
            <translation>
                <numerusform>{count} row with errors saved to {name}.</numerusform>
                <numerusform>{count} rows with errors saved to {name}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s)</source>
            <translation>
                <numerusform>{count} row</numerusform>
                <numerusform>{count} rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptLabels</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptPreview</name>
        <message numerus="yes">
            <source>Copy (marked COPY) · %n page(s)</source>
            <translation>
                <numerusform>Copy (marked COPY) · %n page</numerusform>
                <numerusform>Copy (marked COPY) · %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Original · %n page(s)</source>
            <translation>
                <numerusform>Original · %n page</numerusform>
                <numerusform>Original · %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Receipts</name>
        <message numerus="yes">
            <source>{number} matches the record: {count} item(s), dated {date}</source>
            <translation>
                <numerusform>{number} matches the record: {count} item, dated {date}</numerusform>
                <numerusform>{number} matches the record: {count} items, dated {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation>
                <numerusform>{count} item</numerusform>
                <numerusform>{count} items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s) held</source>
            <translation>
                <numerusform>{count} item held</numerusform>
                <numerusform>{count} items held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} people</source>
            <translation>
                <numerusform>{count} person</numerusform>
                <numerusform>{count} people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover(s)</source>
            <translation>
                <numerusform>{count} handover</numerusform>
                <numerusform>{count} handovers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover line(s)</source>
            <translation>
                <numerusform>{count} handover line</numerusform>
                <numerusform>{count} handover lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation>
                <numerusform>{count} location</numerusform>
                <numerusform>{count} locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} site check(s)</source>
            <translation>
                <numerusform>{count} site check</numerusform>
                <numerusform>{count} site checks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} site check result(s)</source>
            <translation>
                <numerusform>{count} site check result</numerusform>
                <numerusform>{count} site check results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation>
                <numerusform>{count} agency</numerusform>
                <numerusform>{count} agencies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unit(s) as their main location</source>
            <translation>
                <numerusform>{count} unit as their main location</numerusform>
                <numerusform>{count} units as their main location</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferenceDialog</name>
        <message numerus="yes">
            <source>Merged into “{name}”; {count} record(s) moved.</source>
            <translation>
                <numerusform>Merged into “{name}”; {count} record moved.</numerusform>
                <numerusform>Merged into “{name}”; {count} records moved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message numerus="yes">
            <source>Loading {count} item(s)…</source>
            <translation>
                <numerusform>Loading {count} item…</numerusform>
                <numerusform>Loading {count} items…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} item(s) · total value {value}</source>
            <translation>
                <numerusform>{shown} of {total} item · total value {value}</numerusform>
                <numerusform>{shown} of {total} items · total value {value}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} item(s) · total value {value} (lost, stolen or disposed: {retired})</source>
            <translation>
                <numerusform>{shown} of {total} item · total value {value} (lost, stolen or disposed: {retired})</numerusform>
                <numerusform>{shown} of {total} items · total value {value} (lost, stolen or disposed: {retired})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation>
                <numerusform>{count} item</numerusform>
                <numerusform>{count} items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>{count} item(s) · total value {total}</source>
            <translation>
                <numerusform>{count} item · total value {total}</numerusform>
                <numerusform>{count} items · total value {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message numerus="yes">
            <source>The backups folder holds %n backup(s), {size} in all.</source>
            <translation>
                <numerusform>The backups folder holds %n backup, {size} in all.</numerusform>
                <numerusform>The backups folder holds %n backups, {size} in all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SiteCheckDialog</name>
        <message numerus="yes">
            <source>%n item(s) scanned here will be cleared. Start again at the other site?</source>
            <translation>
                <numerusform>%n item scanned here will be cleared. Start again at the other site?</numerusform>
                <numerusform>%n items scanned here will be cleared. Start again at the other site?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) expected at this site. Scan their labels.</source>
            <translation>
                <numerusform>%n item expected at this site. Scan their labels.</numerusform>
                <numerusform>%n items expected at this site. Scan their labels.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) were not scanned. They will be recorded as not seen. Finish the site check?</source>
            <translation>
                <numerusform>%n item were not scanned. They will be recorded as not seen. Finish the site check?</numerusform>
                <numerusform>%n items were not scanned. They will be recorded as not seen. Finish the site check?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Site check {number} recorded: %n item(s) checked.</source>
            <translation>
                <numerusform>Site check {number} recorded: %n item checked.</numerusform>
                <numerusform>Site check {number} recorded: %n items checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <source>New categories: {names}.</source>
            <translation>
                <numerusform>New category: {names}.</numerusform>
                <numerusform>New categories: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New agencies: {names}.</source>
            <translation>
                <numerusform>New agency: {names}.</numerusform>
                <numerusform>New agencies: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New location(s): {names}.</source>
            <translation>
                <numerusform>New location: {names}.</numerusform>
                <numerusform>New locations: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New funding source(s): {names}.</source>
            <translation>
                <numerusform>New funding source: {names}.</numerusform>
                <numerusform>New funding sources: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) were skipped.</source>
            <translation>
                <numerusform>{count} row was skipped.</numerusform>
                <numerusform>{count} rows were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) with errors were left out.</source>
            <translation>
                <numerusform>{count} row with errors was left out.</numerusform>
                <numerusform>{count} rows with errors were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{created} new item(s)&lt;/b&gt; and &lt;b&gt;{updated} updated&lt;/b&gt; are in the register.</source>
            <translation>
                <numerusform>&lt;b&gt;{created} new item&lt;/b&gt; and &lt;b&gt;{updated} updated&lt;/b&gt; are in the register.</numerusform>
                <numerusform>&lt;b&gt;{created} new items&lt;/b&gt; and &lt;b&gt;{updated} updated&lt;/b&gt; are in the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{count} new item(s)&lt;/b&gt; are in the register.</source>
            <translation>
                <numerusform>&lt;b&gt;{count} new item&lt;/b&gt; is in the register.</numerusform>
                <numerusform>&lt;b&gt;{count} new items&lt;/b&gt; are in the register.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message numerus="yes">
            <source>Voiding &lt;b&gt;{number}&lt;/b&gt; gives its %n item(s) back the custody they had before. The receipt stays on file, marked VOID; it cannot be undone.</source>
            <translation>
                <numerusform>Voiding &lt;b&gt;{number}&lt;/b&gt; gives its %n item back the custody they had before. The receipt stays on file, marked VOID; it cannot be undone.</numerusform>
                <numerusform>Voiding &lt;b&gt;{number}&lt;/b&gt; gives its %n items back the custody they had before. The receipt stays on file, marked VOID; it cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
</TS>
