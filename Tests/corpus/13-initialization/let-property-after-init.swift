class SurveyQuestion {
    let text: String
    init(text: String) {
        self.text = text
    }
}

let question = SurveyQuestion(text: "How about beets?")
print(question.text)
question.text = "How about carrots?"
print(question.text)
